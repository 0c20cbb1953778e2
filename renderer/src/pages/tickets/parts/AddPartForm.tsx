import { Alert, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core'
import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Currency } from '../../../../../shared/domain/money'
import { ApiError } from '../../../api/client'
import { useApi, useApiMutation } from '../../../api/hooks'
import { useErrorText } from '../../../components/errors'
import { formatCount, parseQuantity } from '../../../components/quantity'
import { useFindPartByCode } from '../../../components/useFindPartByCode'
import { SpecialOrderForm } from './SpecialOrderForm'
import { useRefreshTicket } from './useRefreshTicket'

/**
 * Puts a part on the ticket: scan its barcode (or type a SKU) and press Enter, or search by name and
 * pick. Then how many, and "reserve" (set aside) or "use now". When stock is short, the special
 * order form offers to buy it for this ticket.
 */
export function AddPartForm({ ticketId, currency }: { ticketId: string; currency: Currency }) {
  const { t } = useTranslation('ticketParts')
  const errorText = useErrorText()
  const refresh = useRefreshTicket()
  const findByCode = useFindPartByCode()
  const add = useApiMutation('ticketParts.add')
  const [code, setCode] = useState('')
  const [query, setQuery] = useState('')
  const [partId, setPartId] = useState<string | null>(null)
  const [quantity, setQuantity] = useState('1')
  const [ordered, setOrdered] = useState<string | null>(null)
  const results = useApi('parts.search', { query, limit: 8 }, { enabled: query !== '' && partId === null })
  const part = useApi('parts.get', { id: partId ?? '' }, { enabled: partId !== null })
  const chosen = partId !== null ? part.data : undefined
  const parsed = parseQuantity(quantity)
  const count = 'value' in parsed && parsed.value > 0 ? parsed.value : null
  const short =
    (chosen !== undefined && count !== null && count > chosen.available) ||
    (add.error instanceof ApiError && add.error.fields.quantity === 'notEnoughStock')

  const choose = (id: string | null) => {
    setPartId(id)
    setQuery('')
    setOrdered(null)
    add.reset()
  }
  const onKey = async (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    const text = code.trim()
    if (text === '') return
    setCode('')
    const found = await findByCode(text)
    if (found) choose(found.id)
    else {
      choose(null)
      setQuery(text)
    }
  }
  const submit = (use: boolean) => {
    if (!chosen || count === null) return
    add.mutate(
      { ticketId, partId: chosen.id, quantity: count, use },
      {
        onSuccess: () => {
          void refresh()
          choose(null)
          setQuantity('1')
        },
      },
    )
  }

  return (
    <Stack gap="xs" data-testid="ticket-part-add">
      <TextInput
        label={t('add.find')}
        placeholder={t('add.findPlaceholder')}
        value={code}
        onChange={(event) => setCode(event.currentTarget.value)}
        onKeyDown={(event) => void onKey(event)}
        autoComplete="off"
        data-testid="ticket-part-find"
      />
      {ordered && (
        <Alert color="green" data-testid="special-order-done">
          {t('specialOrder.done', { number: ordered })}
        </Alert>
      )}
      {query !== '' && partId === null && (
        <Table highlightOnHover verticalSpacing={4} data-testid="ticket-part-results">
          <Table.Tbody>
            {(results.data?.items ?? []).map((item) => (
              <Table.Tr
                key={item.id}
                style={{ cursor: 'pointer' }}
                onClick={() => choose(item.id)}
                data-testid="ticket-part-result"
                data-sku={item.sku}
              >
                <Table.Td ff="monospace">{item.sku}</Table.Td>
                <Table.Td>{item.name}</Table.Td>
                <Table.Td ta="right">
                  {t('add.availableShort', { available: formatCount(item.available ?? item.onHand) })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          {results.data?.items.length === 0 && <Table.Caption>{t('add.noMatch', { query })}</Table.Caption>}
        </Table>
      )}
      {chosen && (
        <Group align="flex-end" gap="sm" data-testid="ticket-part-chosen">
          <Stack gap={0} miw={220}>
            <Text size="sm" fw={600}>
              {chosen.sku} · {chosen.name}
            </Text>
            <Text
              size="xs"
              c={chosen.available > 0 ? 'dimmed' : 'red'}
              data-testid="ticket-part-chosen-stock"
            >
              {t('add.stock', {
                onHand: formatCount(chosen.onHand),
                reserved: formatCount(chosen.reserved),
                available: formatCount(chosen.available),
              })}
            </Text>
          </Stack>
          <TextInput
            label={t('add.quantity')}
            value={quantity}
            onChange={(event) => setQuantity(event.currentTarget.value)}
            error={'error' in parsed ? t(`common:validation.${parsed.error}`) : undefined}
            w={90}
            inputMode="numeric"
            data-testid="ticket-part-quantity"
          />
          <Button onClick={() => submit(false)} loading={add.isPending} data-testid="ticket-part-reserve">
            {t('add.reserve')}
          </Button>
          <Button
            variant="light"
            onClick={() => submit(true)}
            loading={add.isPending}
            data-testid="ticket-part-use-now"
          >
            {t('add.useNow')}
          </Button>
          <Button variant="subtle" onClick={() => choose(null)}>
            {t('common:actions.cancel')}
          </Button>
        </Group>
      )}
      {add.isError && <Alert color="red">{errorText(add.error)}</Alert>}
      {chosen && short && (
        <SpecialOrderForm
          key={chosen.id}
          ticketId={ticketId}
          part={chosen}
          quantity={quantity}
          currency={currency}
          onDone={(number) => {
            choose(null)
            setOrdered(number)
          }}
        />
      )}
    </Stack>
  )
}
