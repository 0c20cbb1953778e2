import { Select, type OptionsFilter } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomerSummary } from '../../../../shared/contract'
import { useApi } from '../../api/hooks'

/** The server matched the query already (name, phone, pinyin). */
const serverFiltered: OptionsFilter = ({ options }) => options

/** An optional customer for a sale: type a name or phone, pick; clear for a walk-in. */
export function CustomerPicker({
  value,
  onChange,
}: {
  value: CustomerSummary | null
  onChange: (customer: CustomerSummary | null) => void
}) {
  const { t } = useTranslation('invoices')
  const [search, setSearch] = useState('')
  const [query] = useDebouncedValue(search.trim(), 150)
  const found = useApi(
    'customers.search',
    { query, limit: 10 },
    { enabled: query !== '', placeholderData: keepPreviousData },
  )
  const options = [...(value ? [value] : []), ...(found.data ?? []).filter((c) => c.id !== value?.id)]
  return (
    <Select
      label={t('sale.customer')}
      placeholder={t('sale.customerPlaceholder')}
      searchable
      clearable
      filter={serverFiltered}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={query !== '' ? t('sale.noCustomer') : undefined}
      value={value?.id ?? null}
      data={options.map((customer) => ({
        value: customer.id,
        label: `${customer.name} · ${customer.phones.join(' / ')}`,
      }))}
      onChange={(id) => onChange(options.find((customer) => customer.id === id) ?? null)}
      data-testid="sale-customer"
    />
  )
}
