import { Button, Group, Menu, Select } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useApi } from '../../api/hooks'
import { usePrintReceipt } from '../../components/usePrintReceipt'

/**
 * Reprint the service receipt; the desktop app can also print silently to a chosen printer or save a
 * PDF. The technician's job sheet opens its print view, which asks for the print dialog once drawn
 * (in both doors: the desktop window prints a page of its own the same way).
 */
export function PrintActions({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation('tickets')
  const navigate = useNavigate()
  const jobSheet = (layout: '80mm' | 'a4') =>
    void navigate(`/print/job/${ticketId}?layout=${layout}&autoprint=1`)
  const receipt = usePrintReceipt()
  const printers = useApi('print.printers', {}, { enabled: receipt.native })
  const [printer, setPrinter] = useState<string | null>(null)
  const chosen = printer ?? printers.data?.find((entry) => entry.isDefault)?.name ?? null

  return (
    <Group gap="xs">
      <Button onClick={() => void receipt.print(ticketId, '80mm')} data-testid="print-80mm">
        {t('print.receipt80')}
      </Button>
      <Button variant="light" onClick={() => void receipt.print(ticketId, 'a4')} data-testid="print-a4">
        {t('print.receiptA4')}
      </Button>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" data-testid="print-job-sheet">
            {t('print.jobSheet')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => jobSheet('80mm')} data-testid="print-job-80mm">
            {t('print.jobSheet80')}
          </Menu.Item>
          <Menu.Item onClick={() => jobSheet('a4')} data-testid="print-job-a4">
            {t('print.jobSheetA4')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {receipt.native && (
        <Menu>
          <Menu.Target>
            <Button variant="default">{t('print.more')}</Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Select
              m="xs"
              label={t('print.printer')}
              data={(printers.data ?? []).map((entry) => ({ value: entry.name, label: entry.displayName }))}
              value={chosen}
              onChange={setPrinter}
            />
            <Menu.Item onClick={() => void receipt.print(ticketId, '80mm', 'silent', chosen)}>
              {t('print.silent')}
            </Menu.Item>
            <Menu.Item onClick={() => void receipt.print(ticketId, '80mm', 'pdf')}>
              {t('print.pdf80')}
            </Menu.Item>
            <Menu.Item onClick={() => void receipt.print(ticketId, 'a4', 'pdf')}>
              {t('print.pdfA4')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      )}
    </Group>
  )
}
