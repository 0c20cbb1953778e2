import { Card, Group, SegmentedControl, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core'
import { DatePickerInput } from '@mantine/dates'
import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData } from '@tanstack/react-query'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useApi } from '../../api/hooks'
import { CursorPager, useCursorPages } from '../../components/CursorPager'
import { useFormat } from '../../components/format'
import { InvoiceStatusBadge } from '../../components/payment/InvoiceStatusBadge'
import { LoadFailed, PageLoader } from '../../components/QueryState'

type KindFilter = 'all' | 'invoice' | 'credit_note'

/** Invoices and credit notes: a period, a number or customer, only those still due, one kind. */
export function InvoicesPage() {
  const { t } = useTranslation('invoices')
  const format = useFormat()
  const navigate = useNavigate()
  const pages = useCursorPages()
  const [period, setPeriod] = useState<[string | null, string | null]>([null, null])
  const [search, setSearch] = useState('')
  const [query] = useDebouncedValue(search.trim(), 200)
  const [dueOnly, setDueOnly] = useState(false)
  const [kind, setKind] = useState<KindFilter>('all')
  const [start, end] = period
  const list = useApi(
    'invoices.list',
    {
      from: start && end ? dayjs(start).startOf('day').toISOString() : null,
      to: start && end ? dayjs(end).endOf('day').toISOString() : null,
      kind: kind === 'all' ? null : kind,
      dueOnly,
      query,
      cursor: pages.cursor,
    },
    { placeholderData: keepPreviousData },
  )
  const filtered = (apply: () => void) => {
    apply()
    pages.restart()
  }
  const rows = list.data?.items ?? []
  return (
    <Stack gap="md" data-testid="invoices-page">
      <Title order={1} size="h2">
        {t('list.title')}
      </Title>
      <Group align="flex-end" gap="md">
        <TextInput
          label={t('list.search')}
          placeholder={t('list.searchPlaceholder')}
          value={search}
          onChange={(event) => filtered(() => setSearch(event.currentTarget.value))}
          autoFocus
          w={280}
          data-testid="invoices-search"
        />
        <DatePickerInput
          type="range"
          label={t('list.period')}
          placeholder={t('list.anyTime')}
          value={period}
          valueFormat="YYYY-MM-DD"
          allowSingleDateInRange
          clearable
          onChange={(value) => filtered(() => setPeriod(value))}
          w={260}
          data-testid="invoices-period"
        />
        <SegmentedControl
          value={kind}
          onChange={(value) => filtered(() => setKind(value))}
          data={[
            { value: 'all', label: t('list.allKinds') },
            { value: 'invoice', label: t('kind.invoice') },
            { value: 'credit_note', label: t('kind.credit_note') },
          ]}
          data-testid="invoices-kind"
        />
        <Switch
          label={t('list.dueOnly')}
          checked={dueOnly}
          onChange={(event) => filtered(() => setDueOnly(event.currentTarget.checked))}
          mb={8}
          data-testid="invoices-due-only"
        />
      </Group>
      {list.isLoading ? (
        <PageLoader />
      ) : list.isError ? (
        <LoadFailed error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Card withBorder p={0}>
          {rows.length === 0 ? (
            <Text c="dimmed" size="sm" p="md" data-testid="invoices-empty">
              {t('list.empty')}
            </Text>
          ) : (
            <Table highlightOnHover verticalSpacing="xs" data-testid="invoices-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('list.number')}</Table.Th>
                  <Table.Th>{t('list.issuedAt')}</Table.Th>
                  <Table.Th>{t('list.customer')}</Table.Th>
                  <Table.Th>{t('list.ticket')}</Table.Th>
                  <Table.Th>{t('list.status')}</Table.Th>
                  <Table.Th ta="right">{t('list.total')}</Table.Th>
                  <Table.Th ta="right">{t('list.balance')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((invoice) => (
                  <Table.Tr
                    key={invoice.id}
                    style={{ cursor: 'pointer' }}
                    tabIndex={0}
                    onClick={() => void navigate(`/invoices/${invoice.id}`)}
                    onKeyDown={(event) => event.key === 'Enter' && void navigate(`/invoices/${invoice.id}`)}
                    data-testid="invoice-row"
                  >
                    <Table.Td ff="monospace" fw={600}>
                      {invoice.number}
                    </Table.Td>
                    <Table.Td>{format.dateTime(invoice.issuedAt)}</Table.Td>
                    <Table.Td>{invoice.customerName ?? t('list.walkIn')}</Table.Td>
                    <Table.Td ff="monospace">{invoice.ticketNumber ?? '—'}</Table.Td>
                    <Table.Td>
                      <InvoiceStatusBadge status={invoice.paymentStatus} />
                    </Table.Td>
                    <Table.Td ta="right">{format.money(invoice.totalMinor, invoice.currency)}</Table.Td>
                    <Table.Td ta="right">{format.money(invoice.balanceMinor, invoice.currency)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      )}
      <CursorPager
        pages={pages}
        nextCursor={list.data?.nextCursor}
        testId="invoices"
        pageLabel={t('list.page', { page: pages.page })}
      />
    </Stack>
  )
}
