import { Group, SegmentedControl } from '@mantine/core'
import { DatePickerInput } from '@mantine/dates'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { today, type DayPeriod } from '../reports/period'
import { periodPresets, presetPeriod, type PeriodPreset } from './salesPeriod'

interface SalesPeriodPickerProps {
  period: DayPeriod
  preset: PeriodPreset
  onChange: (period: DayPeriod) => void
}

const asPreset = (value: string): PeriodPreset => periodPresets.find((preset) => preset === value) ?? 'today'

/** Today, this week, this month (one click each), or a range of days picked on a calendar. */
export function SalesPeriodPicker({ period, preset, onChange }: SalesPeriodPickerProps) {
  const { t } = useTranslation('sales')
  const [ranging, setRanging] = useState(preset === 'range')
  // A range is shown while its second day is still being picked, and reported once both are.
  const [picking, setPicking] = useState<[string | null, string | null] | null>(null)
  const shown = ranging ? 'range' : preset

  return (
    <Group align="flex-end" gap="md">
      <SegmentedControl
        aria-label={t('report.period.label')}
        value={shown}
        onChange={(value) => {
          const next = asPreset(value)
          setPicking(null)
          setRanging(next === 'range')
          if (next !== 'range') onChange(presetPeriod(next))
        }}
        data={periodPresets.map((value) => ({ value, label: t(`report.period.${value}`) }))}
        data-testid="sales-period"
      />
      {shown === 'range' && (
        <DatePickerInput
          type="range"
          label={t('report.period.dates')}
          value={picking ?? [period.start, period.end]}
          valueFormat="YYYY-MM-DD"
          maxDate={today()}
          allowSingleDateInRange
          onChange={([start, end]) => {
            if (start && end) {
              setPicking(null)
              onChange({ start, end })
            } else setPicking([start, end])
          }}
          w={260}
          data-testid="sales-dates"
        />
      )}
    </Group>
  )
}
