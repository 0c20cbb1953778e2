import { Alert, Button, Group, Select, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Part } from '../../../../../shared/contract'
import { formatMinor, parseMoney, type Currency } from '../../../../../shared/domain/money'
import { useApi, useApiMutation } from '../../../api/hooks'
import { useErrorText, useFieldErrors } from '../../../components/errors'
import { parseQuantity } from '../../../components/quantity'
import { useRefreshTicket } from './useRefreshTicket'

/**
 * Orders a part the shop does not have for this ticket, in one step: from whom, how many, at what
 * cost. It lands on that supplier's draft purchase order; the ticket waits for parts.
 */
export function SpecialOrderForm({
  ticketId,
  part,
  quantity,
  currency,
  onDone,
}: {
  ticketId: string
  part: Part
  quantity: string
  currency: Currency
  onDone: (orderNumber: string) => void
}) {
  const { t } = useTranslation('ticketParts')
  const errorText = useErrorText()
  const fieldErrors = useFieldErrors()
  const refresh = useRefreshTicket()
  const suppliers = useApi('suppliers.list', { query: '', includeInactive: false })
  const order = useApiMutation('ticketParts.specialOrder')
  const [supplierId, setSupplierId] = useState<string | null>(part.defaultSupplierId)
  const [count, setCount] = useState(quantity)
  const [cost, setCost] = useState(
    part.averageCostMinor > 0 ? formatMinor(part.averageCostMinor, currency) : '',
  )
  const parsedCount = parseQuantity(count)
  const unitCostMinor = cost.trim() === '' ? null : parseMoney(cost, currency)
  const errors = fieldErrors(order.error)

  const submit = () => {
    if (!('value' in parsedCount) || (cost.trim() !== '' && unitCostMinor === null)) return
    order.mutate(
      { ticketId, partId: part.id, quantity: parsedCount.value, supplierId, unitCostMinor },
      {
        onSuccess: (result) => {
          void refresh()
          onDone(result.purchaseOrderNumber)
        },
      },
    )
  }

  return (
    <Alert color="orange" title={t('specialOrder.title')} data-testid="special-order">
      <Group align="flex-end" gap="sm">
        <Select
          label={t('specialOrder.supplier')}
          data={(suppliers.data ?? []).map((supplier) => ({ value: supplier.id, label: supplier.name }))}
          value={supplierId}
          onChange={setSupplierId}
          error={errors.supplierId}
          searchable
          w={220}
          data-testid="special-order-supplier"
        />
        <TextInput
          label={t('specialOrder.quantity')}
          value={count}
          onChange={(event) => setCount(event.currentTarget.value)}
          error={'error' in parsedCount ? t(`common:validation.${parsedCount.error}`) : errors.quantity}
          w={90}
          inputMode="numeric"
          data-testid="special-order-quantity"
        />
        <TextInput
          label={t('specialOrder.unitCost', { currency })}
          value={cost}
          onChange={(event) => setCost(event.currentTarget.value)}
          error={
            cost.trim() !== '' && unitCostMinor === null
              ? t('common:validation.invalidAmount')
              : errors.unitCostMinor
          }
          w={140}
          inputMode="decimal"
          data-testid="special-order-cost"
        />
        <Button color="orange" onClick={submit} loading={order.isPending} data-testid="special-order-submit">
          {t('specialOrder.submit')}
        </Button>
      </Group>
      {order.isError && !errors.supplierId && (
        <Alert color="red" mt="sm">
          {errorText(order.error)}
        </Alert>
      )}
    </Alert>
  )
}
