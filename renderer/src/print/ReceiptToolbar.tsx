import { Button, Group, Paper, SegmentedControl } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ReceiptLayout } from './receiptLines'
import classes from './receipt.module.css'

interface ReceiptToolbarProps {
  /** Where "back" goes (the ticket, the invoice, the drawer...). */
  backTo: string
  layout: ReceiptLayout
  onLayoutChange: (layout: ReceiptLayout) => void
  /** Printing waits until the receipt is drawn, so the paper never comes out half-finished. */
  ready: boolean
}

/** Shown in a browser only, never printed: paper size, print, and the way back to the document. */
export function ReceiptToolbar({ backTo, layout, onLayoutChange, ready }: ReceiptToolbarProps) {
  const { t } = useTranslation('print')
  return (
    <Paper className={classes.toolbar} p="xs" withBorder>
      <Group justify="space-between">
        <Button component={Link} to={backTo} variant="subtle">
          {t('toolbar.back')}
        </Button>
        <Group>
          <SegmentedControl
            aria-label={t('toolbar.paper')}
            value={layout}
            onChange={(value) => onLayoutChange(value === 'a4' ? 'a4' : '80mm')}
            data={[
              { value: '80mm', label: t('toolbar.roll') },
              { value: 'a4', label: t('toolbar.a4') },
            ]}
          />
          <Button onClick={() => window.print()} disabled={!ready} data-testid="receipt-print">
            {t('toolbar.print')}
          </Button>
        </Group>
      </Group>
    </Paper>
  )
}
