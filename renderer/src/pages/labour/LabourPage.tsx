import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LabourItem } from '../../../../shared/contract'
import { basisPointsToPercent } from '../../../../shared/domain/money'
import { useApi } from '../../api/hooks'
import { useFormat } from '../../components/format'
import { LoadFailed, PageLoader } from '../../components/QueryState'
import { LabourForm } from './LabourForm'

/** The modal's subject: a new item (with the name searched for) or one to edit. */
type Editing = { kind: 'new'; name: string } | { kind: 'edit'; item: LabourItem } | null

/**
 * The labour (service) catalogue: the shop's published price list of work. Search by name,
 * category or pinyin initials; Enter opens the one match; add, edit and retire items.
 */
export function LabourPage() {
  const { t } = useTranslation('estimates')
  const format = useFormat()
  const [query, setQuery] = useState('')
  const [searched] = useDebouncedValue(query.trim(), 150)
  const [includeInactive, setIncludeInactive] = useState(false)
  const [editing, setEditing] = useState<Editing>(null)
  const settings = useApi('settings.get', {})
  const list = useApi(
    'labour.list',
    { query: searched, includeInactive },
    { placeholderData: keepPreviousData },
  )
  const everything = useApi('labour.list', { query: '', includeInactive: true })
  const currency = settings.data?.currency ?? 'CNY'
  const shopTaxPercent = basisPointsToPercent(settings.data?.taxRateBp ?? 0)
  const items = list.data ?? []
  const categories = [...new Set((everything.data ?? []).map((item) => item.category).filter(Boolean))]
  const open = (item: LabourItem) => setEditing({ kind: 'edit', item })

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={1} size="h2">
            {t('labour.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('labour.subtitle')}
          </Text>
        </Stack>
        <Button onClick={() => setEditing({ kind: 'new', name: query.trim() })} data-testid="labour-new">
          {t('labour.new')}
        </Button>
      </Group>
      <Group align="center">
        <TextInput
          flex={1}
          autoFocus
          type="search"
          autoComplete="off"
          placeholder={t('labour.searchPlaceholder')}
          aria-label={t('labour.searchLabel')}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            const only = items.length === 1 ? items[0] : undefined
            if (event.key === 'Enter' && only) open(only)
            else if (event.key === 'Escape') setQuery('')
          }}
          data-testid="labour-search"
        />
        <Switch
          label={t('labour.includeInactive')}
          checked={includeInactive}
          onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
          data-testid="labour-include-inactive"
        />
      </Group>
      {list.isError && !list.data ? (
        <LoadFailed error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <PageLoader />
      ) : (
        <Card withBorder padding={0}>
          {items.length === 0 ? (
            <Text c="dimmed" size="sm" p="md" data-testid="labour-empty">
              {searched === '' ? t('labour.empty') : t('labour.noMatches', { query: searched })}
            </Text>
          ) : (
            <Table highlightOnHover verticalSpacing="xs" data-testid="labour-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('labour.name')}</Table.Th>
                  <Table.Th>{t('labour.category')}</Table.Th>
                  <Table.Th ta="right">{t('labour.price')}</Table.Th>
                  <Table.Th ta="right">{t('labour.time')}</Table.Th>
                  <Table.Th ta="right">{t('labour.warranty')}</Table.Th>
                  <Table.Th ta="right">{t('labour.tax')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => (
                  <Table.Tr
                    key={item.id}
                    tabIndex={0}
                    style={{ cursor: 'pointer' }}
                    data-testid="labour-row"
                    onClick={() => open(item)}
                    onKeyDown={(event) => event.key === 'Enter' && open(item)}
                  >
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Text size="sm" fw={500} c={item.active ? undefined : 'dimmed'}>
                          {item.name}
                        </Text>
                        {!item.active && (
                          <Badge color="gray" variant="light" size="sm">
                            {t('labour.inactive')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{item.category || '—'}</Table.Td>
                    <Table.Td ta="right" data-testid="labour-row-price">
                      {format.money(item.priceMinor, currency)}
                    </Table.Td>
                    <Table.Td ta="right">{t('labour.minutes', { count: item.standardMinutes })}</Table.Td>
                    <Table.Td ta="right">
                      {item.warrantyDays > 0
                        ? t('labour.days', { count: item.warrantyDays })
                        : t('labour.noWarranty')}
                    </Table.Td>
                    <Table.Td ta="right">
                      {item.taxRateBp === null
                        ? t('labour.shopRateShort')
                        : `${basisPointsToPercent(item.taxRateBp)}%`}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.kind === 'edit' ? t('labour.editTitle') : t('labour.newTitle')}
        size="lg"
      >
        {editing && (
          <LabourForm
            item={editing.kind === 'edit' ? editing.item : undefined}
            initial={editing.kind === 'new' && editing.name ? { name: editing.name } : {}}
            currency={currency}
            categories={categories}
            shopTaxPercent={shopTaxPercent}
            onSaved={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  )
}
