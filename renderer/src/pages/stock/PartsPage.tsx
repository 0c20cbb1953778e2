import { Alert, Button, Card, Group, Modal, Stack, Switch, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData } from '@tanstack/react-query'
import { useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useApi } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { LoadFailed, PageLoader } from '../../components/QueryState'
import { CatalogueFilesMenu } from './catalogueFiles/CatalogueFilesMenu'
import { PartForm } from './PartForm'
import { PartTable } from '../../components/PartTable'
import { startingValues } from './partValues'
import { useCurrency } from './useStock'
import { useFindPartByCode } from '../../components/useFindPartByCode'
import { CursorPager, useCursorPages } from '../../components/CursorPager'

const pageSize = 50

/**
 * The parts catalogue: search as you type by name, SKU, barcode or model. A scanner types a code
 * and Enter: an exact barcode or SKU opens its part at once, anything else stays a search.
 */
export function PartsPage() {
  const { t } = useTranslation('stock')
  const navigate = useNavigate()
  const currency = useCurrency()
  const errorText = useErrorText()
  const findByCode = useFindPartByCode()
  const [query, setQuery] = useState('')
  const [searched] = useDebouncedValue(query.trim(), 150)
  const [belowReorderOnly, setBelowReorderOnly] = useState(false)
  const [includeArchived, setIncludeArchived] = useState(false)
  // Cursor paging goes forward only, so the pages already seen are kept to go back.
  const pages = useCursorPages()
  const [creating, setCreating] = useState(false)
  const [lookupFailure, setLookupFailure] = useState<string | null>(null)
  const tableRef = useRef<HTMLDivElement>(null)
  const list = useApi(
    'parts.search',
    { query: searched, belowReorderOnly, includeArchived, cursor: pages.cursor, limit: pageSize },
    { placeholderData: keepPreviousData },
  )
  const parts = list.data?.items ?? []
  const nextCursor = list.data?.nextCursor ?? null
  const upToDate = searched === query.trim() && !list.isPlaceholderData

  const open = (id: string) => void navigate(`/stock/${id}`)
  const restart = pages.restart
  const searchBox = useRef<HTMLInputElement>(null)
  const focusFirstRow = () => {
    const row = tableRef.current?.querySelector<HTMLElement>('[data-testid="part-row"]')
    row?.focus()
    return row !== null && row !== undefined
  }
  const changeQuery = (value: string) => {
    setQuery(value)
    setLookupFailure(null)
    restart()
  }
  const lookUp = async (code: string) => {
    try {
      const part = await findByCode(code)
      if (part) open(part.id)
      else if (upToDate && parts.length === 1 && parts[0]) open(parts[0].id)
      // Nothing to open: the first row of this search takes the focus. With no rows, or rows still
      // of the search before (a scan's Enter comes before the list catches up), the text stays as
      // the search, selected, so the next scan replaces it instead of being added to it.
      else if (!(upToDate && focusFirstRow())) searchBox.current?.select()
    } catch (error) {
      setLookupFailure(errorText(error))
    }
  }
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      focusFirstRow()
    } else if (event.key === 'Escape') {
      changeQuery('')
    } else if (event.key === 'Enter' && query.trim() !== '') {
      event.preventDefault()
      void lookUp(query.trim())
    }
  }

  return (
    <Stack gap="md" maw={1300}>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('title')}
        </Title>
        <Group gap="sm">
          <CatalogueFilesMenu includeArchived={includeArchived} />
          <Button onClick={() => setCreating(true)} data-testid="new-part">
            {t('new')}
          </Button>
        </Group>
      </Group>
      <TextInput
        ref={searchBox}
        size="md"
        autoFocus
        type="search"
        autoComplete="off"
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        value={query}
        onChange={(event) => changeQuery(event.currentTarget.value)}
        onKeyDown={onSearchKey}
        data-testid="part-search"
      />
      <Group gap="xl">
        <Switch
          label={t('search.belowReorderOnly')}
          checked={belowReorderOnly}
          onChange={(event) => {
            setBelowReorderOnly(event.currentTarget.checked)
            restart()
          }}
          data-testid="parts-below-reorder"
        />
        <Switch
          label={t('search.includeArchived')}
          checked={includeArchived}
          onChange={(event) => {
            setIncludeArchived(event.currentTarget.checked)
            restart()
          }}
          data-testid="parts-include-archived"
        />
      </Group>
      {lookupFailure && (
        <Alert color="red" variant="light" data-testid="part-lookup-error">
          {lookupFailure}
        </Alert>
      )}
      {list.isError && !list.data ? (
        <LoadFailed error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <PageLoader />
      ) : (
        <Card withBorder padding={0} ref={tableRef}>
          {parts.length > 0 ? (
            <PartTable parts={parts} currency={currency} onOpen={(part) => open(part.id)} />
          ) : (
            <Text c="dimmed" size="sm" p="md" data-testid="parts-empty">
              {searched !== ''
                ? t('noMatches', { query: searched })
                : belowReorderOnly
                  ? t('noneBelowReorder')
                  : t('empty')}
            </Text>
          )}
        </Card>
      )}
      <CursorPager
        pages={pages}
        nextCursor={nextCursor}
        testId="parts"
        pageLabel={t('page', { page: pages.page })}
      />
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('form.newTitle')} size="xl">
        <PartForm
          initial={startingValues(query)}
          onSaved={(part) => open(part.id)}
          onCancel={() => setCreating(false)}
        />
      </Modal>
    </Stack>
  )
}
