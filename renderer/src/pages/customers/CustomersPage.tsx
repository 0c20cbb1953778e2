import { Button, Card, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData } from '@tanstack/react-query'
import { useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { classifyQuery } from '../../../../shared/domain/search'
import { useApi } from '../../api/hooks'
import { CustomerForm, type CustomerValues } from './CustomerForm'
import { CustomerTable } from './CustomerTable'
import { LoadFailed, PageLoader } from '../../components/QueryState'
import { CursorPager, useCursorPages } from '../../components/CursorPager'

const pageSize = 50

/** What a search the clerk typed says about a customer who is not there yet. */
function startingValues(query: string): Partial<CustomerValues> {
  const text = query.trim()
  if (text === '') return {}
  return classifyQuery(text) === 'digits' ? { phones: [text] } : { name: text }
}

/** Every customer, newest first, or the ones matching a name, pinyin initials or phone digits. */
export function CustomersPage() {
  const { t } = useTranslation('customers')
  const navigate = useNavigate()
  const [query, setQuery] = useState('')
  const [searched] = useDebouncedValue(query.trim(), 150)
  // Cursor paging goes forward only, so the pages already seen are kept to go back.
  const pages = useCursorPages()
  const [creating, setCreating] = useState(false)
  const tableRef = useRef<HTMLDivElement>(null)
  const list = useApi(
    'customers.list',
    { query: searched, cursor: pages.cursor, limit: pageSize },
    { placeholderData: keepPreviousData },
  )
  const customers = list.data?.items ?? []
  const nextCursor = list.data?.nextCursor ?? null
  const upToDate = searched === query.trim() && !list.isPlaceholderData

  const open = (id: string) => void navigate(`/customers/${id}`)
  const focusFirstRow = () =>
    tableRef.current?.querySelector<HTMLElement>('[data-testid="customer-row"]')?.focus()
  const changeQuery = (value: string) => {
    setQuery(value)
    pages.restart()
  }
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      focusFirstRow()
    } else if (event.key === 'Escape') {
      changeQuery('')
    } else if (event.key === 'Enter' && upToDate && query.trim() !== '') {
      // One match opens at once (a scanned or typed phone number); several are picked from the list.
      const only = customers.length === 1 ? customers[0] : undefined
      if (only) open(only.id)
      else focusFirstRow()
    }
  }

  return (
    <Stack gap="md" maw={1000}>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('title')}
        </Title>
        <Button onClick={() => setCreating(true)} data-testid="new-customer">
          {t('new')}
        </Button>
      </Group>
      <TextInput
        size="md"
        autoFocus
        type="search"
        autoComplete="off"
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        value={query}
        onChange={(event) => changeQuery(event.currentTarget.value)}
        onKeyDown={onSearchKey}
        data-testid="customer-search"
      />
      {list.isError && !list.data ? (
        <LoadFailed error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <PageLoader />
      ) : (
        <Card withBorder padding={0} ref={tableRef}>
          {customers.length > 0 ? (
            <CustomerTable customers={customers} onOpen={(customer) => open(customer.id)} />
          ) : (
            <Text c="dimmed" size="sm" p="md" data-testid="customers-empty">
              {searched === '' ? t('empty') : t('noMatches', { query: searched })}
            </Text>
          )}
        </Card>
      )}
      <CursorPager
        pages={pages}
        nextCursor={nextCursor}
        testId="customers"
        pageLabel={t('page', { page: pages.page })}
      />
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('form.newTitle')} size="lg">
        <CustomerForm
          initial={startingValues(query)}
          onSaved={(customer) => open(customer.id)}
          onCancel={() => setCreating(false)}
        />
      </Modal>
    </Stack>
  )
}
