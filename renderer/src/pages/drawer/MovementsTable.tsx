import { Card, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DrawerSession } from '../../../../shared/contract'
import { useFormat } from '../../components/format'

/** Every cash movement of the session, newest first: what the expected cash adds up. */
export function MovementsTable({ session }: { session: DrawerSession }) {
  const { t } = useTranslation('drawer')
  const format = useFormat()
  const movements = [...session.movements].reverse()
  return (
    <Card withBorder padding="md">
      <Title order={3} size="h4" mb="xs">
        {t('movements.title')}
      </Title>
      {movements.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('movements.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520} maxHeight={420}>
          <Table verticalSpacing={6} data-testid="drawer-movements">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('movements.time')}</Table.Th>
                <Table.Th>{t('movements.kind')}</Table.Th>
                <Table.Th>{t('movements.reason')}</Table.Th>
                <Table.Th>{t('movements.by')}</Table.Th>
                <Table.Th ta="right">{t('movements.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {movements.map((movement) => (
                <Table.Tr key={movement.id} data-testid="drawer-movement" data-kind={movement.kind}>
                  <Table.Td>{format.relative(movement.createdAt)}</Table.Td>
                  <Table.Td>{t(`kind.${movement.kind}`)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={1}>
                      {movement.reason || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>{movement.createdByName}</Table.Td>
                  <Table.Td ta="right" c={movement.amountMinor < 0 ? 'red.8' : undefined} fw={500}>
                    {format.money(movement.amountMinor, session.currency)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  )
}
