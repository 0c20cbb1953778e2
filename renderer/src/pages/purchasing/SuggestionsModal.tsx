import { Alert, Button, Card, Checkbox, Group, Modal, Stack, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useApi, useApiMutation } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { useFormat } from '../../components/format'
import { LoadFailed, PageLoader } from '../../components/QueryState'
import { formatCount } from '../../components/quantity'
import { useCurrency } from '../stock/useStock'

/**
 * The reorder suggestions, one box per supplier: the manager ticks the suppliers to order from and
 * gets one draft each. Parts without a supplier are listed, but nobody can be asked for them.
 */
function SuggestionsList({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('purchasing')
  const format = useFormat()
  const currency = useCurrency()
  const errorText = useErrorText()
  const navigate = useNavigate()
  const suggestions = useApi('purchaseOrders.suggestions', {}, { staleTime: 0 })
  const create = useApiMutation('purchaseOrders.createFromSuggestions')
  const [unticked, setUnticked] = useState<string[]>([])
  const [failure, setFailure] = useState<string | null>(null)

  if (suggestions.isError)
    return <LoadFailed error={suggestions.error} onRetry={() => void suggestions.refetch()} />
  if (suggestions.isPending) return <PageLoader />
  const groups = suggestions.data
  const ticked = groups.flatMap((group) =>
    group.supplierId && !unticked.includes(group.supplierId) ? [group.supplierId] : [],
  )
  const toggle = (supplierId: string, checked: boolean) =>
    setUnticked((current) => (checked ? current.filter((id) => id !== supplierId) : [...current, supplierId]))

  const submit = () => {
    setFailure(null)
    create.mutate(
      { supplierIds: ticked },
      {
        onSuccess: (orders) => {
          onDone()
          const only = orders.length === 1 ? orders[0] : undefined
          if (only) void navigate(`/purchase-orders/${only.id}`)
        },
        onError: (error) => setFailure(errorText(error)),
      },
    )
  }

  if (groups.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="suggestions-empty">
        {t('suggestions.empty')}
      </Text>
    )
  }
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('suggestions.rule')}
      </Text>
      {groups.map((group) => (
        <Card withBorder key={group.supplierId ?? 'none'} data-testid="suggestion-group">
          <Stack gap="xs">
            {group.supplierId ? (
              <Checkbox
                label={group.supplierName}
                checked={ticked.includes(group.supplierId)}
                onChange={(event) => toggle(group.supplierId ?? '', event.currentTarget.checked)}
                data-testid="suggestion-supplier"
              />
            ) : (
              <Text size="sm" fw={500} c="dimmed">
                {t('suggestions.noSupplier')}
              </Text>
            )}
            <Table verticalSpacing={4} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('lines.part')}</Table.Th>
                  <Table.Th ta="right">{t('suggestions.onHand')}</Table.Th>
                  <Table.Th ta="right">{t('suggestions.onOrder')}</Table.Th>
                  <Table.Th ta="right">{t('suggestions.reorderPoint')}</Table.Th>
                  <Table.Th ta="right">{t('suggestions.suggested')}</Table.Th>
                  <Table.Th ta="right">{t('lines.unitCost')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {group.lines.map((line) => (
                  <Table.Tr key={line.partId} data-testid="suggestion-line" data-sku={line.sku}>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {line.sku}
                      </Text>
                      <Text size="xs">{line.name}</Text>
                    </Table.Td>
                    <Table.Td ta="right">{formatCount(line.onHand)}</Table.Td>
                    <Table.Td ta="right">{formatCount(line.onOrder)}</Table.Td>
                    <Table.Td ta="right">{formatCount(line.reorderPoint)}</Table.Td>
                    <Table.Td ta="right" fw={600} data-testid="suggestion-quantity">
                      {formatCount(line.suggested)}
                    </Table.Td>
                    <Table.Td ta="right">{format.money(line.unitCostMinor, currency)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        </Card>
      ))}
      {failure && (
        <Alert color="red" variant="light">
          {failure}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common:actions.cancel')}
        </Button>
        <Button
          onClick={submit}
          disabled={ticked.length === 0}
          loading={create.isPending}
          data-testid="suggestions-create"
        >
          {t('suggestions.create', { count: ticked.length })}
        </Button>
      </Group>
    </Stack>
  )
}

export function SuggestionsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('purchasing')
  return (
    <Modal opened={opened} onClose={onClose} title={t('suggestions.title')} size="xl">
      {opened && <SuggestionsList onDone={onClose} />}
    </Modal>
  )
}
