import { Alert, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatMinor, parseMoney } from '../../../../shared/domain/money'
import type { PurchaseOrder } from '../../../../shared/schemas/purchasing'
import { useApiMutation } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { useScanTarget } from '../../components/keys/KeysContext'
import { formatCount, parseQuantity } from '../../components/quantity'
import { useCurrency } from '../stock/useStock'

type Line = PurchaseOrder['lines'][number]

interface Receiving {
  quantity: string
  unitCost: string
}

function quantityOf(text: string): number {
  const parsed = parseQuantity(text)
  return 'value' in parsed ? parsed.value : 0
}

/**
 * Goods in against the order. Each scan of a part's barcode (or SKU) adds one to its line's
 * "receiving now"; figures and actual costs can be typed too. "Receive" posts every line with a
 * quantity in one go, at the actual cost, and the panel starts again from zero.
 */
export function ReceivePanel({ order }: { order: PurchaseOrder }) {
  const { t } = useTranslation('purchasing')
  const currency = useCurrency()
  const errorText = useErrorText()
  const receive = useApiMutation('purchaseOrders.receive')
  const initial = (line: Line): Receiving => ({
    quantity: '0',
    unitCost: formatMinor(line.unitCostMinor, currency),
  })
  const [receiving, setReceiving] = useState<Record<string, Receiving>>({})
  const [code, setCode] = useState('')
  const [message, setMessage] = useState<{ kind: 'scanned' | 'received' | 'problem'; text: string } | null>(
    null,
  )
  const scanBox = useRef<HTMLInputElement>(null)
  const entry = (line: Line) => receiving[line.id] ?? initial(line)
  const change = (line: Line, patch: Partial<Receiving>) =>
    setReceiving((current) => ({
      ...current,
      [line.id]: { ...(current[line.id] ?? initial(line)), ...patch },
    }))

  const scan = (scanned: string) => {
    setCode('')
    scanBox.current?.focus()
    const wanted = scanned.toUpperCase()
    const line = order.lines.find(
      (candidate) => candidate.barcodes.includes(scanned) || candidate.sku.toUpperCase() === wanted,
    )
    if (!line) {
      setMessage({ kind: 'problem', text: t('receive.notOnOrder', { code: scanned }) })
      return
    }
    const next = quantityOf(entry(line).quantity) + 1
    change(line, { quantity: String(next) })
    setMessage(
      next > line.quantityOutstanding
        ? {
            kind: 'problem',
            text: t('receive.overOutstanding', { sku: line.sku, outstanding: line.quantityOutstanding }),
          }
        : { kind: 'scanned', text: t('receive.scanned', { sku: line.sku, name: line.name, count: next }) },
    )
  }
  // A scan made while the focus is elsewhere on the order (not in a text box) is received too.
  useScanTarget(scan)
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    const scanned = code.trim()
    if (scanned !== '') scan(scanned)
  }

  const toReceive = order.lines.flatMap((line) => {
    const quantity = quantityOf(entry(line).quantity)
    return quantity > 0 ? [{ line, quantity, unitCostMinor: parseMoney(entry(line).unitCost, currency) }] : []
  })
  const badCost = toReceive.some((item) => item.unitCostMinor === null)

  const submit = () => {
    setMessage(null)
    receive.mutate(
      {
        id: order.id,
        lines: toReceive.map((item) => ({
          lineId: item.line.id,
          quantity: item.quantity,
          unitCostMinor: item.unitCostMinor ?? 0,
        })),
      },
      {
        onSuccess: () => {
          setReceiving({})
          setMessage({ kind: 'received', text: t('receive.done') })
          scanBox.current?.focus()
        },
        onError: (error) => setMessage({ kind: 'problem', text: errorText(error) }),
      },
    )
  }

  return (
    <Card withBorder data-testid="po-receive">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('receive.title')}
        </Title>
        <TextInput
          ref={scanBox}
          size="lg"
          autoFocus
          autoComplete="off"
          label={t('receive.scanLabel')}
          placeholder={t('receive.scanPlaceholder')}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          onKeyDown={onKey}
          data-testid="po-receive-scan"
        />
        {message && (
          <Alert
            color={message.kind === 'problem' ? 'red' : 'green'}
            variant="light"
            data-testid="po-receive-message"
            data-kind={message.kind}
          >
            {message.text}
          </Alert>
        )}
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('lines.part')}</Table.Th>
              <Table.Th ta="right">{t('lines.outstanding')}</Table.Th>
              <Table.Th w={130}>{t('receive.now')}</Table.Th>
              <Table.Th w={160}>{t('receive.actualCost', { currency })}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.lines
              .filter((line) => line.quantityOutstanding > 0)
              .map((line) => (
                <Table.Tr key={line.id} data-testid="po-receive-line" data-sku={line.sku}>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {line.sku}
                    </Text>
                    <Text size="xs">{line.name}</Text>
                  </Table.Td>
                  <Table.Td ta="right">{formatCount(line.quantityOutstanding)}</Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      inputMode="numeric"
                      value={entry(line).quantity}
                      onChange={(event) => change(line, { quantity: event.currentTarget.value })}
                      error={quantityOf(entry(line).quantity) > line.quantityOutstanding}
                      aria-label={t('receive.now')}
                      data-testid="po-receive-quantity"
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      inputMode="decimal"
                      value={entry(line).unitCost}
                      onChange={(event) => change(line, { unitCost: event.currentTarget.value })}
                      error={parseMoney(entry(line).unitCost, currency) === null}
                      aria-label={t('receive.actualCost', { currency })}
                      data-testid="po-receive-cost"
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end">
          <Button
            onClick={submit}
            disabled={toReceive.length === 0 || badCost}
            loading={receive.isPending}
            data-testid="po-receive-submit"
          >
            {t('receive.submit', { count: toReceive.reduce((sum, item) => sum + item.quantity, 0) })}
          </Button>
        </Group>
      </Stack>
    </Card>
  )
}
