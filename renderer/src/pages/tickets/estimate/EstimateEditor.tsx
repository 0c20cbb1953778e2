import { ActionIcon, Alert, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ActionsHeader } from '../../../components/ActionsHeader'
import type { Estimate, TicketDetail } from '../../../../../shared/contract'
import { estimateSaveSchema } from '../../../../../shared/contract'
import { useApi, useApiMutation } from '../../../api/hooks'
import { useErrorText } from '../../../components/errors'
import { useFormat } from '../../../components/format'
import {
  freeLine,
  labourLine,
  lineErrors,
  linesOf,
  partLine,
  previewTotals,
  toSaveLine,
  type EditorLine,
} from './editorLines'
import { LabourPicker, PartPicker } from './LinePickers'
import { CountedTextarea, textLimit } from '../../../components/LengthCounter'

interface EstimateEditorProps {
  ticket: TicketDetail
  /** The version to start from: the draft itself, or the one whose scope changes (saved as a new version). */
  from: Estimate | null
  onDone: () => void
}

/**
 * The draft's lines: labour from the catalogue, parts from stock, or a free line; quantities and
 * prices editable. Ctrl+Enter saves. A warranty repair shows no prices: the customer pays nothing.
 */
export function EstimateEditor({ ticket, from, onDone }: EstimateEditorProps) {
  const { t } = useTranslation('estimates')
  const format = useFormat()
  const errorText = useErrorText()
  const currency = ticket.currency
  const warranty = ticket.warrantyOf !== null
  const settings = useApi('settings.get', {})
  const save = useApiMutation('estimates.save')
  const [lines, setLines] = useState<EditorLine[]>(() => (from ? linesOf(from) : []))
  const [note, setNote] = useState(from?.note ?? '')
  const [showErrors, setShowErrors] = useState(false)

  const change = (key: string, patch: Partial<EditorLine>) =>
    setLines((current) => current.map((line) => (line.key === key ? { ...line, ...patch } : line)))
  const remove = (key: string) => setLines((current) => current.filter((line) => line.key !== key))
  const add = (line: EditorLine) => setLines((current) => [...current, line])

  const invalid = lines.some((line) => Object.keys(lineErrors(line, currency)).length > 0)
  const submit = () => {
    setShowErrors(true)
    if (invalid || lines.length === 0) return
    save.mutate(
      { ticketId: ticket.id, lines: lines.map((line) => toSaveLine(line, currency)), note },
      {
        onSuccess: onDone,
      },
    )
  }
  const tax = settings.data ?? { taxRateBp: 0, pricesIncludeTax: true }
  const totals = previewTotals(lines, currency, tax, warranty)
  const hotkeys = getHotkeyHandler([['mod+Enter', submit]])

  return (
    <Stack gap="sm" onKeyDown={hotkeys} data-testid="estimate-editor">
      <Group gap="xs" align="flex-start">
        <LabourPicker currency={currency} onPick={(item) => add(labourLine(item, currency))} />
        <PartPicker currency={currency} onPick={(part) => add(partLine(part, currency))} />
        <Button variant="default" onClick={() => add(freeLine(warranty))} data-testid="estimate-add-free">
          {t('editor.addFree')}
        </Button>
      </Group>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="estimate-editor-empty">
          {t('editor.empty')}
        </Text>
      ) : (
        <Table verticalSpacing={4} data-testid="estimate-editor-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('line.description')}</Table.Th>
              <Table.Th w={110}>{t('line.quantity')}</Table.Th>
              {!warranty && <Table.Th w={140}>{t('line.unitPriceIn', { currency })}</Table.Th>}
              <ActionsHeader w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => {
              const errors = showErrors ? lineErrors(line, currency) : {}
              const message = (key: string | undefined) => (key ? t(`common:validation.${key}`) : undefined)
              return (
                <Table.Tr key={line.key} data-testid="estimate-editor-line" data-kind={line.kind}>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      value={line.description}
                      onChange={(event) => change(line.key, { description: event.currentTarget.value })}
                      error={message(errors.description)}
                      aria-label={t('line.description')}
                      leftSection={<Text size="xs">{t(`kindShort.${line.kind}`)}</Text>}
                      data-testid="estimate-line-description"
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      inputMode="numeric"
                      value={line.quantity}
                      onChange={(event) => change(line.key, { quantity: event.currentTarget.value })}
                      error={message(errors.quantity)}
                      aria-label={t('line.quantity')}
                      description={
                        line.available !== null ? t('editor.available', { count: line.available }) : undefined
                      }
                      inputWrapperOrder={['label', 'input', 'description', 'error']}
                      data-testid="estimate-line-quantity"
                    />
                  </Table.Td>
                  {!warranty && (
                    <Table.Td>
                      <TextInput
                        size="xs"
                        inputMode="decimal"
                        value={line.price}
                        onChange={(event) => change(line.key, { price: event.currentTarget.value })}
                        error={message(errors.price)}
                        aria-label={t('line.unitPrice')}
                        data-testid="estimate-line-price"
                      />
                    </Table.Td>
                  )}
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      onClick={() => remove(line.key)}
                      aria-label={t('editor.remove')}
                      data-testid="estimate-line-remove"
                    >
                      ×
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      )}
      <CountedTextarea
        max={textLimit(estimateSaveSchema.shape.note)}
        label={t('editor.note')}
        placeholder={t('editor.notePlaceholder')}
        autosize
        minRows={1}
        maxRows={4}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        data-testid="estimate-note-input"
      />
      {save.isError && (
        <Alert color="red" variant="light" data-testid="estimate-save-error">
          {errorText(save.error)}
        </Alert>
      )}
      <Group justify="space-between">
        <Text fw={600} data-testid="estimate-editor-total">
          {t('totals.total', { amount: format.money(totals.totalMinor, currency) })}
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            onClick={submit}
            loading={save.isPending}
            disabled={lines.length === 0}
            title={t('editor.saveHint')}
            data-testid="estimate-save"
          >
            {from && from.status !== 'draft' ? t('editor.saveNewVersion') : t('editor.save')}
          </Button>
        </Group>
      </Group>
    </Stack>
  )
}
