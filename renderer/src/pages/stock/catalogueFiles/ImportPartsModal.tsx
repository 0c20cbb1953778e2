import { Alert, Badge, Button, FileButton, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../../api/client'
import { useErrorText } from '../../../components/errors'
import { useCurrency } from '../useStock'
import { tableToImportRows } from './catalogueColumns'
import { readCatalogueFile } from './readCatalogueFile'
import { matchHeading, useImportParts, useRowErrorText, type ImportResult } from './useCatalogueFiles'

/** A preview of thousands of rows shows the wrong ones first, and at most this many. */
const shownRows = 200
const acceptedFiles = '.csv,.xlsx,text/csv'
const actionColor = { create: 'teal', update: 'blue', error: 'red' } as const

interface Checked {
  fileName: string
  rows: Record<string, unknown>[]
  ignored: string[]
  result: ImportResult
}

/**
 * Import of a catalogue file: pick it, read it here in the browser, let the core check every row
 * (nothing written), show what would happen, and write it only when no row is wrong.
 */
export function ImportPartsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('catalogueFiles')
  const currency = useCurrency()
  const errorText = useErrorText()
  const { check, commit } = useImportParts()
  const [reading, setReading] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [checked, setChecked] = useState<Checked | null>(null)

  const reset = () => {
    setProblem(null)
    setChecked(null)
    check.reset()
    commit.reset()
  }
  const close = () => {
    reset()
    onClose()
  }

  const choose = async (file: File | null) => {
    if (!file) return
    reset()
    setReading(file.name)
    try {
      const table = tableToImportRows(await readCatalogueFile(file), matchHeading, currency)
      if (!table.columns.some((column) => column.field === 'sku')) setProblem(t('noSkuColumn'))
      else if (table.rows.length === 0) setProblem(t('noRows'))
      else {
        const result = await check.mutateAsync(table.rows)
        setChecked({ fileName: file.name, rows: table.rows, ignored: table.ignored, result })
      }
    } catch (error) {
      setProblem(
        error instanceof ApiError
          ? errorText(error)
          : t('unreadable', { message: error instanceof Error ? error.message : String(error) }),
      )
    } finally {
      setReading(null)
    }
  }

  const importAll = async () => {
    if (!checked) return
    try {
      const result = await commit.mutateAsync({ rows: checked.rows, commit: true })
      if (result.committed) {
        notifications.show({ color: 'teal', message: t('imported', result) })
        close()
      } else {
        // The catalogue changed since the preview (another counter): show the new verdict.
        setChecked({ ...checked, result })
      }
    } catch (error) {
      setProblem(errorText(error))
    }
  }

  const result = checked?.result
  return (
    <Modal opened={opened} onClose={close} title={t('importTitle')} size="xl">
      <Stack gap="md">
        <Text size="sm">{t('intro')}</Text>
        <Group>
          <FileButton onChange={(file) => void choose(file)} accept={acceptedFiles}>
            {(props) => (
              <Button {...props} variant="default" loading={reading !== null} data-testid="import-choose">
                {t('chooseFile')}
              </Button>
            )}
          </FileButton>
          {reading && <Text size="sm">{t('reading', { name: reading })}</Text>}
          {checked && (
            <Text size="sm" data-testid="import-file">
              {t('chosen', { name: checked.fileName, count: checked.rows.length })}
            </Text>
          )}
        </Group>
        {problem && (
          <Alert color="red" variant="light" data-testid="import-problem">
            {problem}
          </Alert>
        )}
        {checked && checked.ignored.length > 0 && (
          <Text size="sm" c="dimmed" data-testid="import-ignored">
            {t('ignoredColumns', { columns: checked.ignored.join(', ') })}
          </Text>
        )}
        {result && <ImportPreview result={result} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('cancel')}
          </Button>
          <Button
            onClick={() => void importAll()}
            disabled={!result || result.errors > 0}
            loading={commit.isPending}
            data-testid="import-commit"
          >
            {t('commit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

function ImportPreview({ result }: { result: ImportResult }) {
  const { t } = useTranslation('catalogueFiles')
  const rowErrorText = useRowErrorText()
  const rows = [...result.rows]
    .sort((a, b) => Number(b.action === 'error') - Number(a.action === 'error') || a.row - b.row)
    .slice(0, shownRows)
  return (
    <Stack gap="xs">
      <Alert color={result.errors > 0 ? 'red' : 'teal'} variant="light" data-testid="import-summary">
        {t('summary', result)}
        {result.errors > 0 && <Text size="sm">{t('fixErrors')}</Text>}
      </Alert>
      <ScrollArea.Autosize mah={360}>
        <Table striped stickyHeader data-testid="import-preview">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('table.row')}</Table.Th>
              <Table.Th>{t('table.sku')}</Table.Th>
              <Table.Th>{t('table.action')}</Table.Th>
              <Table.Th>{t('table.errors')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.row} data-testid="import-row" data-action={row.action}>
                <Table.Td>{row.row}</Table.Td>
                <Table.Td>{row.sku}</Table.Td>
                <Table.Td>
                  <Badge color={actionColor[row.action]} variant="light">
                    {t(`actions.${row.action}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {Object.entries(row.fields).map(([field, key]) => (
                    <Text key={field} size="sm" c="red" data-testid="import-row-error">
                      {rowErrorText(field, key)}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {result.rows.length > shownRows && (
        <Text size="sm" c="dimmed">
          {t('showingFirst', { shown: shownRows, count: result.rows.length })}
        </Text>
      )}
    </Stack>
  )
}
