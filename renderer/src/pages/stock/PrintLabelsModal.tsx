import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { Part } from '../../../../shared/contract'
import {
  encodable,
  labelSearch,
  labelsPerSheet,
  labelSizes,
  maxCopies,
  type LabelSize,
} from '../../print/labels/labelSheet'

/** A typed number, or the fallback while the field is empty or half-typed. */
function wholeOr(value: string | number, fallback: number): number {
  const number = typeof value === 'number' ? value : Number.parseInt(value, 10)
  return Number.isFinite(number) ? number : fallback
}

interface PrintLabelsModalProps {
  part: Part
  opened: boolean
  onClose: () => void
}

/** Asks for the label size and how many, then opens the labels view, which prints once drawn. */
function PrintLabelsModal({ part, opened, onClose }: PrintLabelsModalProps) {
  const { t } = useTranslation('labels')
  const navigate = useNavigate()
  const [size, setSize] = useState<LabelSize>('40x30')
  const [copies, setCopies] = useState(1)
  const [start, setStart] = useState(1)
  const hasBarcode = part.barcodes.some(encodable)

  const show = () => {
    const search = labelSearch({ parts: [{ partId: part.id, copies }], size, start, autoPrint: true })
    void navigate(`/print/labels?${search}`)
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('modal.title', { name: part.name })}>
      <Stack gap="sm" data-testid="labels-form">
        <Select
          label={t('size.label')}
          data={labelSizes.map((value) => ({ value, label: t(`size.${value}`) }))}
          value={size}
          allowDeselect={false}
          onChange={(value) => setSize(labelSizes.find((candidate) => candidate === value) ?? '40x30')}
          data-testid="labels-form-size"
        />
        <Group grow>
          <NumberInput
            label={t('copies')}
            min={1}
            max={maxCopies}
            allowDecimal={false}
            value={copies}
            onChange={(value) => setCopies(Math.min(maxCopies, Math.max(1, wholeOr(value, 1))))}
            data-testid="labels-form-copies"
            data-autofocus
          />
          {size === 'a4' && (
            <NumberInput
              label={t('start')}
              description={t('startRange', { count: labelsPerSheet })}
              min={1}
              max={labelsPerSheet}
              allowDecimal={false}
              value={start}
              onChange={(value) => setStart(Math.min(labelsPerSheet, Math.max(1, wholeOr(value, 1))))}
              data-testid="labels-form-start"
            />
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('modal.hint')}
        </Text>
        {!hasBarcode && (
          <Alert color="blue" variant="light" data-testid="labels-form-no-barcode">
            {t('modal.noBarcode', { sku: part.sku })}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('modal.cancel')}
          </Button>
          <Button onClick={show} data-testid="labels-form-submit">
            {t('modal.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

/** The part page's "Print labels" button and its dialog. */
export function PrintLabelsButton({ part }: { part: Part }) {
  const { t } = useTranslation('labels')
  const [opened, setOpened] = useState(false)
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)} data-testid="print-labels">
        {t('modal.open')}
      </Button>
      <PrintLabelsModal part={part} opened={opened} onClose={() => setOpened(false)} />
    </>
  )
}
