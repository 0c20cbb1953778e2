import { Select, type OptionsFilter } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LabourItem, PartSummary } from '../../../../../shared/contract'
import type { Currency } from '../../../../../shared/domain/money'
import { useApi } from '../../../api/hooks'
import { useFormat } from '../../../components/format'

/** The server already matched the query (Chinese, Latin, pinyin initials): show its answer as is. */
const serverFiltered: OptionsFilter = ({ options }) => options

/**
 * A searchable box over the labour catalogue: type a fragment or pinyin initials, arrows, Enter
 * adds the item as a line and empties the box for the next.
 */
export function LabourPicker({
  currency,
  onPick,
}: {
  currency: Currency
  onPick: (item: LabourItem) => void
}) {
  const { t } = useTranslation('estimates')
  const format = useFormat()
  const [search, setSearch] = useState('')
  const [query] = useDebouncedValue(search.trim(), 150)
  const list = useApi('labour.list', { query, includeInactive: false }, { placeholderData: keepPreviousData })
  const items = list.data ?? []
  return (
    <Select
      flex={1}
      searchable
      clearable={false}
      value={null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={serverFiltered}
      placeholder={t('editor.addLabour')}
      aria-label={t('editor.addLabour')}
      nothingFoundMessage={t('editor.noLabour')}
      data={items.map((item) => ({
        value: item.id,
        label: `${item.name} · ${format.money(item.priceMinor, currency)}`,
      }))}
      onChange={(id) => {
        const item = items.find((candidate) => candidate.id === id)
        if (item) onPick(item)
        setSearch('')
      }}
      data-testid="estimate-add-labour"
    />
  )
}

/** A searchable box over the parts in stock (name, SKU, barcode, model), showing what is available. */
export function PartPicker({
  currency,
  onPick,
}: {
  currency: Currency
  onPick: (part: PartSummary) => void
}) {
  const { t } = useTranslation('estimates')
  const format = useFormat()
  const [search, setSearch] = useState('')
  const [query] = useDebouncedValue(search.trim(), 150)
  const list = useApi('parts.search', { query, limit: 20 }, { placeholderData: keepPreviousData })
  const parts = list.data?.items ?? []
  return (
    <Select
      flex={1}
      searchable
      clearable={false}
      value={null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={serverFiltered}
      placeholder={t('editor.addPart')}
      aria-label={t('editor.addPart')}
      nothingFoundMessage={t('editor.noParts')}
      data={parts.map((part) => ({
        value: part.id,
        label: `${part.name} (${part.sku}) · ${format.money(part.priceMinor, currency)} · ${t(
          'editor.available',
          {
            count: part.available ?? part.onHand,
          },
        )}`,
      }))}
      onChange={(id) => {
        const part = parts.find((candidate) => candidate.id === id)
        if (part) onPick(part)
        setSearch('')
      }}
      data-testid="estimate-add-part"
    />
  )
}
