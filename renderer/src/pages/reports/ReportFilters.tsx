import { Group, SegmentedControl, Select } from '@mantine/core'
import { DatePickerInput } from '@mantine/dates'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { today, type DayPeriod } from './period'

type Mode = 'day' | 'range'
const asMode = (value: string): Mode => (value === 'range' ? 'range' : 'day')

interface ReportFiltersProps {
  period: DayPeriod
  category: string
  /** Categories to offer (no empty one: no category means all of them). */
  categories: string[]
  onChange: (next: { period?: DayPeriod; category?: string }) => void
}

/** One day (today unless another is picked) or a range of days, and one category or all. */
export function ReportFilters({ period, category, categories, onChange }: ReportFiltersProps) {
  const { t } = useTranslation('reports')
  const [mode, setMode] = useState<Mode>(period.start === period.end ? 'day' : 'range')
  // A range is shown while its second day is still being picked, and reported once both are.
  const [picking, setPicking] = useState<[string | null, string | null] | null>(null)

  return (
    <Group align="flex-end" gap="md">
      <SegmentedControl
        aria-label={t('period.mode')}
        value={mode}
        onChange={(value) => {
          const next = asMode(value)
          setMode(next)
          setPicking(null)
          if (next === 'day') onChange({ period: { start: period.end, end: period.end } })
        }}
        data={[
          { value: 'day', label: t('period.day') },
          { value: 'range', label: t('period.range') },
        ]}
        data-testid="report-mode"
      />
      {mode === 'day' ? (
        <DatePickerInput
          label={t('period.date')}
          value={period.start}
          valueFormat="YYYY-MM-DD"
          maxDate={today()}
          onChange={(day) => day && onChange({ period: { start: day, end: day } })}
          w={160}
          data-testid="report-date"
        />
      ) : (
        <DatePickerInput
          type="range"
          label={t('period.dates')}
          value={picking ?? [period.start, period.end]}
          valueFormat="YYYY-MM-DD"
          maxDate={today()}
          allowSingleDateInRange
          onChange={([start, end]) => {
            if (start && end) {
              setPicking(null)
              onChange({ period: { start, end } })
            } else setPicking([start, end])
          }}
          w={260}
          data-testid="report-dates"
        />
      )}
      <Select
        label={t('category.label')}
        placeholder={t('category.all')}
        value={category || null}
        data={categories}
        onChange={(value) => onChange({ category: value ?? '' })}
        clearable
        searchable
        w={200}
        data-testid="report-category"
      />
    </Group>
  )
}
