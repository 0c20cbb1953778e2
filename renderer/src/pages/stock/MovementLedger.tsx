import { Alert, Anchor, Card, Stack, Table, Text } from '@mantine/core'
import { keepPreviousData } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { StockMovement } from '../../../../shared/contract'
import type { Currency } from '../../../../shared/domain/money'
import { useApi } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { useFormat } from '../../components/format'
import { formatCount, signedQuantity } from '../../components/quantity'
import { CursorPager, useCursorPages } from '../../components/CursorPager'

const pageSize = 50

/** Why stock moved: the adjustment's reason in the clerk's language, then what was noted. */
function ReasonCell({ movement }: { movement: StockMovement }) {
  const { t } = useTranslation('stock')
  const reason = movement.reason ? t(`reason.${movement.reason}`, { defaultValue: movement.reason }) : ''
  if (!reason && !movement.note) return <Text size="sm">—</Text>
  return (
    <Stack gap={0}>
      {reason && <Text size="sm">{reason}</Text>}
      {movement.note && (
        <Text size="xs" c="dimmed">
          {movement.note}
        </Text>
      )}
    </Stack>
  )
}

/** Where documents of each type are opened. */
const documentPaths: Record<string, string> = {
  ticket: '/tickets/',
  supplier: '/suppliers/',
  count: '/counts/',
}

/** The document the movement came from, by what a person knows it as: a ticket number, a supplier. */
function DocumentCell({ movement }: { movement: StockMovement }) {
  if (!movement.documentLabel) return <Text size="sm">—</Text>
  const path = movement.documentType ? documentPaths[movement.documentType] : undefined
  if (!path || !movement.documentId) return <Text size="sm">{movement.documentLabel}</Text>
  return (
    <Anchor component={Link} to={`${path}${movement.documentId}`} size="sm" data-testid="movement-document">
      {movement.documentLabel}
    </Anchor>
  )
}

/** Every movement of one part's stock, newest first, with the balance after each: the stock ledger. */
export function MovementLedger({ partId, currency }: { partId: string; currency: Currency }) {
  const { t } = useTranslation('stock')
  const format = useFormat()
  const errorText = useErrorText()
  // Cursors of the pages before this one: "previous" pops, "next" pushes.
  const pages = useCursorPages()
  const ledger = useApi(
    'parts.movements',
    { id: partId, cursor: pages.cursor, limit: pageSize },
    { placeholderData: keepPreviousData },
  )
  const movements = ledger.data?.items ?? []
  const nextCursor = ledger.data?.nextCursor ?? null

  return (
    <Card withBorder>
      <Text fw={600} mb="xs">
        {t('ledger.title')}
      </Text>
      {ledger.isError ? (
        <Alert color="red">{errorText(ledger.error)}</Alert>
      ) : movements.length === 0 ? (
        <Text c="dimmed" size="sm" py="sm" data-testid="ledger-empty">
          {ledger.isPending ? t('common:loading') : t('ledger.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="xs" striped data-testid="movement-ledger">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ledger.when')}</Table.Th>
                <Table.Th>{t('ledger.kind')}</Table.Th>
                <Table.Th ta="right">{t('ledger.quantity')}</Table.Th>
                <Table.Th ta="right">{t('ledger.unitCost')}</Table.Th>
                <Table.Th ta="right">{t('ledger.balanceAfter')}</Table.Th>
                <Table.Th>{t('ledger.reason')}</Table.Th>
                <Table.Th>{t('ledger.document')}</Table.Th>
                <Table.Th>{t('ledger.who')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {movements.map((movement) => (
                <Table.Tr key={movement.id} data-testid="movement-row" data-kind={movement.kind}>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {format.dateTime(movement.createdAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td data-testid="movement-kind">{t(`kind.${movement.kind}`)}</Table.Td>
                  <Table.Td ta="right">
                    <Text
                      size="sm"
                      fw={600}
                      c={movement.quantity < 0 ? 'red' : 'teal'}
                      data-testid="movement-quantity"
                    >
                      {signedQuantity(movement.quantity)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{format.money(movement.unitCostMinor, currency)}</Table.Td>
                  <Table.Td ta="right">
                    <Text
                      size="sm"
                      fw={600}
                      c={movement.balanceAfter < 0 ? 'red' : undefined}
                      data-testid="movement-balance"
                    >
                      {formatCount(movement.balanceAfter)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <ReasonCell movement={movement} />
                  </Table.Td>
                  <Table.Td>
                    <DocumentCell movement={movement} />
                  </Table.Td>
                  <Table.Td>{movement.actorName}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CursorPager pages={pages} nextCursor={nextCursor} testId="ledger" />
    </Card>
  )
}
