import { Button, Group, NumberInput, Paper, SegmentedControl } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { labelsPerSheet, labelSizes, maxCopies, type LabelSize } from './labelSheet'
import classes from './labels.module.css'

interface LabelsToolbarProps {
  back: string
  size: LabelSize
  /** Copies of each part; null when the parts were asked for in different numbers. */
  copies: number | null
  start: number
  onChange: (change: { size?: LabelSize; copies?: number; start?: number }) => void
  /** Printing waits until the labels are drawn, so the paper never comes out half-finished. */
  ready: boolean
}

/** Shown in a browser only, never printed: label size, copies, where a sheet starts, print, back. */
export function LabelsToolbar({ back, size, copies, start, onChange, ready }: LabelsToolbarProps) {
  const { t } = useTranslation('labels')
  const whole = (value: string | number) => (typeof value === 'number' ? value : Number.parseInt(value, 10))
  return (
    <Paper className={classes.toolbar} p="xs" withBorder>
      <Group justify="space-between" mb="xs">
        <Button component={Link} to={back} variant="subtle" data-testid="labels-back">
          {t('toolbar.back')}
        </Button>
        <Button onClick={() => window.print()} disabled={!ready} data-testid="labels-print">
          {t('toolbar.print')}
        </Button>
      </Group>
      <Group align="flex-end" gap="sm">
        <SegmentedControl
          aria-label={t('size.label')}
          value={size}
          onChange={(value) => {
            const chosen = labelSizes.find((candidate) => candidate === value)
            if (chosen) onChange({ size: chosen })
          }}
          data={labelSizes.map((value) => ({ value, label: t(`size.${value}`) }))}
          data-testid="labels-size"
        />
        <NumberInput
          label={t('copies')}
          w={90}
          min={1}
          max={maxCopies}
          allowDecimal={false}
          value={copies ?? ''}
          placeholder={t('copiesMixed')}
          onChange={(value) => {
            const number = whole(value)
            if (Number.isFinite(number) && number >= 1) onChange({ copies: Math.min(number, maxCopies) })
          }}
          data-testid="labels-copies"
        />
        {size === 'a4' && (
          <NumberInput
            label={t('start')}
            description={t('startRange', { count: labelsPerSheet })}
            w={150}
            min={1}
            max={labelsPerSheet}
            allowDecimal={false}
            value={start}
            onChange={(value) => {
              const number = whole(value)
              if (Number.isFinite(number) && number >= 1)
                onChange({ start: Math.min(number, labelsPerSheet) })
            }}
            data-testid="labels-start"
          />
        )}
      </Group>
    </Paper>
  )
}
