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
import { useNavigate } from 'react-router'
import { useApi } from '../../api/hooks'
import { LoadFailed, PageLoader } from '../../components/QueryState'
import { SupplierForm } from './SupplierForm'

/** The shop's suppliers, alphabetical: search by name, contact or phone, and add new ones. */
export function SuppliersPage() {
  const { t } = useTranslation('suppliers')
  const navigate = useNavigate()
  const [query, setQuery] = useState('')
  const [searched] = useDebouncedValue(query.trim(), 150)
  const [includeInactive, setIncludeInactive] = useState(false)
  const [creating, setCreating] = useState(false)
  const list = useApi(
    'suppliers.list',
    { query: searched, includeInactive },
    { placeholderData: keepPreviousData },
  )
  const suppliers = list.data ?? []
  const open = (id: string) => void navigate(`/suppliers/${id}`)

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('title')}
        </Title>
        <Button onClick={() => setCreating(true)} data-testid="new-supplier">
          {t('new')}
        </Button>
      </Group>
      <Group align="center">
        <TextInput
          flex={1}
          autoFocus
          type="search"
          autoComplete="off"
          placeholder={t('search.placeholder')}
          aria-label={t('search.label')}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            const only = suppliers.length === 1 ? suppliers[0] : undefined
            if (event.key === 'Enter' && only) open(only.id)
            else if (event.key === 'Escape') setQuery('')
          }}
          data-testid="supplier-search"
        />
        <Switch
          label={t('search.includeInactive')}
          checked={includeInactive}
          onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
          data-testid="suppliers-include-inactive"
        />
      </Group>
      {list.isError && !list.data ? (
        <LoadFailed error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <PageLoader />
      ) : (
        <Card withBorder padding={0}>
          {suppliers.length === 0 ? (
            <Text c="dimmed" size="sm" p="md" data-testid="suppliers-empty">
              {searched === '' ? t('empty') : t('noMatches', { query: searched })}
            </Text>
          ) : (
            <Table highlightOnHover verticalSpacing="xs" data-testid="supplier-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('supplier.name')}</Table.Th>
                  <Table.Th>{t('supplier.contact')}</Table.Th>
                  <Table.Th>{t('supplier.phone')}</Table.Th>
                  <Table.Th>{t('supplier.paymentTerms')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {suppliers.map((supplier) => (
                  <Table.Tr
                    key={supplier.id}
                    tabIndex={0}
                    style={{ cursor: 'pointer' }}
                    data-testid="supplier-row"
                    onClick={() => open(supplier.id)}
                    onKeyDown={(event) => event.key === 'Enter' && open(supplier.id)}
                  >
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Text size="sm" fw={500}>
                          {supplier.name}
                        </Text>
                        {!supplier.active && (
                          <Badge color="gray" variant="light" size="sm">
                            {t('inactive')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{supplier.contact || '—'}</Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {supplier.phone || '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>{supplier.paymentTerms || '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      )}
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('form.newTitle')} size="lg">
        <SupplierForm
          initial={query.trim() ? { name: query.trim() } : {}}
          onSaved={(supplier) => open(supplier.id)}
          onCancel={() => setCreating(false)}
        />
      </Modal>
    </Stack>
  )
}
