import { Alert, Button, Checkbox, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { refundTargets, type Invoice } from '../../../../shared/contract'
import { parseMoney } from '../../../../shared/domain/money'
import { useApiMutation } from '../../api/hooks'
import { useFormat } from '../../components/format'
import { DrawerClosedNotice } from '../../components/drawer/DrawerClosedNotice'
import { MoneyError } from '../../components/payment/MoneyError'
import { parseQuantity } from '../../components/quantity'

interface LineChoice {
  quantity: string
  restock: boolean
}

type Target = (typeof refundTargets)[number]

/** A line's quantity as typed, or null (0 when empty; null when it cannot be given back). */
function chosenQuantity(text: string, left: number): number | null {
  if (text.trim() === '') return 0
  const parsed = parseQuantity(text)
  return 'value' in parsed && parsed.value >= 0 && parsed.value <= left ? parsed.value : null
}

/**
 * A refund by credit note: lines given back (how many, back to stock or not), or an amount; where
 * the money goes (the original tenders, store credit or one tender); the reason.
 */
export function RefundForm({
  invoice,
  onDone,
}: {
  invoice: Invoice
  onDone: (creditNoteId: string | null) => void
}) {
  const { t } = useTranslation('invoices')
  const format = useFormat()
  const refund = useApiMutation('invoices.refund')
  const [choices, setChoices] = useState<Record<string, LineChoice>>({})
  const [amount, setAmount] = useState('')
  const [target, setTarget] = useState<Target>('original')
  const [reason, setReason] = useState('')
  const [tried, setTried] = useState(false)

  const rows = invoice.lines.map((line) => {
    const choice = choices[line.id] ?? { quantity: '', restock: line.kind === 'part' }
    const left = line.quantity - line.creditedQuantity
    const quantity = chosenQuantity(choice.quantity, left)
    const estimate = quantity ? Math.round((line.totalMinor * quantity) / line.quantity) : 0
    return { line, choice, left, quantity, estimate }
  })
  const amountMinor = amount.trim() === '' ? null : parseMoney(amount, invoice.currency)
  const chosen = rows.filter((row) => row.quantity)
  const estimate = chosen.reduce((sum, row) => sum + row.estimate, 0) + (amountMinor ?? 0)
  const amountBad = amount.trim() !== '' && (amountMinor === null || amountMinor === 0)
  const problems = {
    nothing: chosen.length === 0 && amountMinor === null,
    lines: rows.some((row) => row.quantity === null),
    reason: reason.trim() === '',
  }
  const choose = (lineId: string, patch: Partial<LineChoice>, restock: boolean) =>
    setChoices((current) => ({
      ...current,
      [lineId]: { quantity: '', restock, ...current[lineId], ...patch },
    }))

  const submit = () => {
    setTried(true)
    if (problems.nothing || problems.lines || problems.reason || amountBad) return
    refund.mutate(
      {
        invoiceId: invoice.id,
        lines: chosen.map((row) => ({
          lineId: row.line.id,
          quantity: row.quantity ?? 0,
          restock: row.line.kind === 'part' && row.choice.restock,
        })),
        amountMinor,
        refundTo: target,
        reason: reason.trim(),
      },
      { onSuccess: (note) => onDone(note.id) },
    )
  }

  const targets = refundTargets.filter((entry) => entry !== 'store_credit' || invoice.customer !== null)
  return (
    <Stack gap="sm" data-testid="refund-form">
      <DrawerClosedNotice />
      <Table verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('lines.description')}</Table.Th>
            <Table.Th ta="right">{t('refund.canReturn')}</Table.Th>
            <Table.Th w={100}>{t('refund.quantity')}</Table.Th>
            <Table.Th>{t('refund.restock')}</Table.Th>
            <Table.Th ta="right">{t('refund.about')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ line, choice, left, quantity, estimate: lineEstimate }) => (
            <Table.Tr key={line.id} data-testid="refund-line">
              <Table.Td>{line.description}</Table.Td>
              <Table.Td ta="right">{left}</Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  inputMode="numeric"
                  placeholder="0"
                  disabled={left === 0}
                  value={choice.quantity}
                  onChange={(event) =>
                    choose(line.id, { quantity: event.currentTarget.value }, line.kind === 'part')
                  }
                  error={quantity === null ? t('refund.tooMany', { count: left }) : undefined}
                  aria-label={t('refund.quantity')}
                  data-testid="refund-quantity"
                />
              </Table.Td>
              <Table.Td>
                {line.kind === 'part' && (
                  <Checkbox
                    checked={choice.restock}
                    onChange={(event) => choose(line.id, { restock: event.currentTarget.checked }, true)}
                    label={t('refund.backToStock')}
                    data-testid="refund-restock"
                  />
                )}
              </Table.Td>
              <Table.Td ta="right">
                {lineEstimate ? format.money(lineEstimate, invoice.currency) : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group grow align="flex-start">
        <TextInput
          label={t('refund.amount', { currency: invoice.currency })}
          description={t('refund.amountHint')}
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={(event) => setAmount(event.currentTarget.value)}
          error={amountBad ? t('common:validation.invalidAmount') : undefined}
          data-testid="refund-amount"
        />
        <Select
          label={t('refund.to')}
          value={target}
          allowDeselect={false}
          onChange={(value) => value && setTarget(value)}
          data={targets.map((entry) => ({
            value: entry,
            label: entry === 'original' ? t('refund.toOriginal') : t(`tender.${entry}`),
          }))}
          data-testid="refund-target"
        />
      </Group>
      <TextInput
        label={t('refund.reason')}
        withAsterisk
        autoComplete="off"
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        onKeyDown={(event) => event.key === 'Enter' && submit()}
        error={tried && problems.reason ? t('common:validation.required') : undefined}
        data-testid="refund-reason"
      />
      {tried && problems.nothing && (
        <Alert color="orange" variant="light">
          {t('refund.chooseSomething')}
        </Alert>
      )}
      <MoneyError error={refund.error} />
      <Group justify="space-between">
        <Text fw={700} data-testid="refund-estimate">
          {t('refund.estimate', { amount: format.money(estimate, invoice.currency) })}
        </Text>
        <Group gap="xs">
          <Button variant="default" disabled={refund.isPending} onClick={() => onDone(null)}>
            {t('common:actions.cancel')}
          </Button>
          <Button color="grape" onClick={submit} loading={refund.isPending} data-testid="refund-confirm">
            {t('refund.confirm')}
          </Button>
        </Group>
      </Group>
    </Stack>
  )
}
