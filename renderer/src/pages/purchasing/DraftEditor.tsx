import { Alert, Button, Card, CloseButton, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core'
import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ActionsHeader } from '../../components/ActionsHeader'
import { useNavigate } from 'react-router'
import type { Part } from '../../../../shared/contract'
import { formatMinor, parseMoney, type Currency } from '../../../../shared/domain/money'
import type { PurchaseOrder } from '../../../../shared/schemas/purchasing'
import { useApi, useApiMutation } from '../../api/hooks'
import { useErrorText, useFieldErrors } from '../../components/errors'
import { useFormat } from '../../components/format'
import { parseQuantity } from '../../components/quantity'
import { useCurrency } from '../stock/useStock'
import { useFindPartByCode } from '../../components/useFindPartByCode'

interface DraftLine {
  partId: string
  sku: string
  name: string
  quantity: string
  unitCost: string
}

function lineOfPart(part: Part, currency: Currency): DraftLine {
  return {
    partId: part.id,
    sku: part.sku,
    name: part.name,
    quantity: '1',
    unitCost: formatMinor(part.averageCostMinor, currency),
  }
}

function positiveQuantity(text: string): number | null {
  const parsed = parseQuantity(text)
  return 'value' in parsed && parsed.value > 0 ? parsed.value : null
}

/** Finds parts to add: an exact code (a scanner's input) adds at once; other text lists matches. */
function AddPart({ onAdd }: { onAdd: (part: Part) => void }) {
  const { t } = useTranslation('purchasing')
  const findByCode = useFindPartByCode()
  const [text, setText] = useState('')
  const [query, setQuery] = useState('')
  const [failure, setFailure] = useState<string | null>(null)
  const errorText = useErrorText()
  const matches = useApi(
    'parts.search',
    { query, belowReorderOnly: false, includeArchived: false, cursor: null, limit: 8 },
    { enabled: query !== '' },
  )

  const add = async (code: string) => {
    setFailure(null)
    try {
      const part = await findByCode(code)
      // The box is emptied after every code, found or not; one not found is listed or named below.
      setText('')
      if (part) {
        onAdd(part)
        setQuery('')
      } else setQuery(code)
    } catch (error) {
      setFailure(errorText(error))
    }
  }
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    const code = text.trim()
    if (code !== '') void add(code)
  }
  const found = matches.data?.items ?? []

  return (
    <Stack gap={4}>
      <TextInput
        label={t('draft.addLabel')}
        placeholder={t('draft.addPlaceholder')}
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={onKey}
        data-testid="po-add-part"
      />
      {failure && (
        <Text size="sm" c="red">
          {failure}
        </Text>
      )}
      {query !== '' && matches.isSuccess && found.length === 0 && (
        <Text size="sm" c="red" data-testid="po-add-none">
          {t('draft.noMatch', { query })}
        </Text>
      )}
      {found.length > 0 && (
        <Group gap="xs" data-testid="po-add-matches">
          {found.map((part) => (
            <Button
              key={part.id}
              size="xs"
              variant="light"
              onClick={() => void add(part.sku)}
              data-testid="po-add-match"
            >
              {part.sku} · {part.name}
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  )
}

/** A new order or a draft: the supplier, the parts with quantities and agreed costs; saved with its version. */
export function DraftEditor({ order }: { order: PurchaseOrder | null }) {
  const { t } = useTranslation('purchasing')
  const currency = useCurrency()
  const format = useFormat()
  const navigate = useNavigate()
  const errorText = useErrorText()
  const fieldErrors = useFieldErrors()
  const suppliers = useApi('suppliers.list', { query: '', includeInactive: false })
  const create = useApiMutation('purchaseOrders.create')
  const update = useApiMutation('purchaseOrders.update')
  const [supplierId, setSupplierId] = useState<string | null>(order?.supplierId ?? null)
  const [note, setNote] = useState(order?.note ?? '')
  const [lines, setLines] = useState<DraftLine[]>(
    (order?.lines ?? []).map((line) => ({
      partId: line.partId,
      sku: line.sku,
      name: line.name,
      quantity: String(line.quantityOrdered),
      unitCost: formatMinor(line.unitCostMinor, currency),
    })),
  )
  const [failure, setFailure] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const [errors, setErrors] = useState<Record<string, string>>({})

  const addPart = (part: Part) => {
    setLines((current) => {
      const index = current.findIndex((line) => line.partId === part.id)
      if (index < 0) {
        const line = lineOfPart(part, currency)
        // A supplier not yet chosen follows the first part's usual one.
        if (!supplierId && part.defaultSupplierId) setSupplierId(part.defaultSupplierId)
        return [...current, line]
      }
      return current.map((line, at) =>
        at === index ? { ...line, quantity: String((positiveQuantity(line.quantity) ?? 0) + 1) } : line,
      )
    })
  }
  const change = (index: number, patch: Partial<DraftLine>) => {
    setSaved(false)
    setLines((current) => current.map((line, at) => (at === index ? { ...line, ...patch } : line)))
  }

  const total = lines.reduce(
    (sum, line) => sum + (positiveQuantity(line.quantity) ?? 0) * (parseMoney(line.unitCost, currency) ?? 0),
    0,
  )

  const save = () => {
    setFailure(null)
    setSaved(false)
    const local: Record<string, string> = {}
    if (!supplierId) local.supplierId = t('common:validation.required')
    if (lines.length === 0) local.lines = t('draft.noLines')
    lines.forEach((line, index) => {
      if (positiveQuantity(line.quantity) === null)
        local[`lines.${index}.quantity`] = t('common:validation.tooSmall')
      if (parseMoney(line.unitCost, currency) === null)
        local[`lines.${index}.unitCostMinor`] = t('common:validation.invalidAmount')
    })
    setErrors(local)
    if (Object.keys(local).length > 0 || !supplierId) return
    const input = {
      supplierId,
      note,
      lines: lines.map((line) => ({
        partId: line.partId,
        quantity: positiveQuantity(line.quantity) ?? 0,
        unitCostMinor: parseMoney(line.unitCost, currency) ?? 0,
      })),
    }
    const onError = (error: unknown) => {
      const fields = fieldErrors(error)
      setErrors(fields)
      setFailure(errorText(error))
    }
    if (order)
      update.mutate(
        { ...input, id: order.id, version: order.version },
        { onSuccess: () => setSaved(true), onError },
      )
    else
      create.mutate(input, {
        onSuccess: (created) => void navigate(`/purchase-orders/${created.id}`, { replace: true }),
        onError,
      })
  }

  return (
    <Card withBorder data-testid="po-draft">
      <Stack gap="sm">
        <Group align="flex-start" grow>
          <Select
            label={t('draft.supplier')}
            withAsterisk
            searchable
            data={(suppliers.data ?? []).map((supplier) => ({ value: supplier.id, label: supplier.name }))}
            value={supplierId}
            onChange={setSupplierId}
            error={errors.supplierId}
            data-testid="po-supplier"
          />
          <TextInput
            label={t('draft.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errors.note}
            data-testid="po-note"
          />
        </Group>
        <AddPart onAdd={addPart} />
        <Table verticalSpacing={4} data-testid="po-draft-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('lines.part')}</Table.Th>
              <Table.Th w={120}>{t('lines.quantity')}</Table.Th>
              <Table.Th w={160}>{t('lines.unitCostIn', { currency })}</Table.Th>
              <Table.Th ta="right">{t('lines.amount')}</Table.Th>
              <ActionsHeader w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line, index) => (
              <Table.Tr key={line.partId} data-testid="po-draft-line" data-sku={line.sku}>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {line.sku}
                  </Text>
                  <Text size="xs">{line.name}</Text>
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    inputMode="numeric"
                    value={line.quantity}
                    onChange={(event) => change(index, { quantity: event.currentTarget.value })}
                    error={errors[`lines.${index}.quantity`]}
                    aria-label={t('lines.quantity')}
                    data-testid="po-draft-quantity"
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    inputMode="decimal"
                    value={line.unitCost}
                    onChange={(event) => change(index, { unitCost: event.currentTarget.value })}
                    error={errors[`lines.${index}.unitCostMinor`]}
                    aria-label={t('lines.unitCost')}
                    data-testid="po-draft-cost"
                  />
                </Table.Td>
                <Table.Td ta="right">
                  {format.money(
                    (positiveQuantity(line.quantity) ?? 0) * (parseMoney(line.unitCost, currency) ?? 0),
                    currency,
                  )}
                </Table.Td>
                <Table.Td>
                  <CloseButton
                    aria-label={t('draft.remove')}
                    onClick={() => setLines((current) => current.filter((_, at) => at !== index))}
                    data-testid="po-draft-remove"
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {errors.lines && (
          <Text size="sm" c="red">
            {errors.lines}
          </Text>
        )}
        {failure && (
          <Alert color="red" variant="light" data-testid="po-draft-error">
            {failure}
          </Alert>
        )}
        <Group justify="space-between">
          <Text fw={600} data-testid="po-draft-total">
            {t('lines.total', { total: format.money(total, currency) })}
          </Text>
          {saved && (
            <Text size="sm" c="green" data-testid="po-draft-saved">
              {t('draft.saved')}
            </Text>
          )}
          <Button onClick={save} loading={create.isPending || update.isPending} data-testid="po-save">
            {order ? t('draft.save') : t('draft.create')}
          </Button>
        </Group>
      </Stack>
    </Card>
  )
}
