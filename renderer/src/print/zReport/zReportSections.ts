import { useTranslation } from 'react-i18next'
import type { ZReport } from '../../../../shared/contract'
import { basisPointsToPercent } from '../../../../shared/domain/money'
import { useFormat } from '../../components/format'

export interface ZReportRow {
  label: string
  value: string
  /** Printed in bold: a section's total, the expected cash, the variance. */
  strong?: boolean
  testId?: string
}

export interface ZReportSection {
  key: string
  title: string
  rows: ZReportRow[]
  /** Spans both columns on A4 (the paid-in and paid-out lines, with their reasons). */
  wide?: boolean
}

/**
 * The Z report's figures as labelled lines, section by section, for the screen and the printed
 * report alike: both show the same words in the same order.
 */
export function useZReportSections(): (report: ZReport) => ZReportSection[] {
  const { t } = useTranslation('drawer')
  const format = useFormat()
  return (report) => {
    const money = (minor: number) => format.money(minor, report.currency)
    return [...mainSections(report, money), cashSection(report, money), paidSection(report, money)]
  }

  function mainSections(report: ZReport, money: (minor: number) => string): ZReportSection[] {
    const countTotal = (line: { count: number; totalMinor: number }) =>
      t('report.countTotal', { count: line.count, total: money(line.totalMinor) })
    const none = [{ label: t('report.none'), value: '' }]
    const sections: ZReportSection[] = [
      {
        key: 'sales',
        title: t('report.sales'),
        rows: [
          { label: t('report.invoices'), value: String(report.sales.count), testId: 'z-sales-count' },
          { label: t('report.net'), value: money(report.sales.netMinor) },
          { label: t('report.discount'), value: money(report.sales.discountMinor) },
          { label: t('report.tax'), value: money(report.sales.taxMinor) },
          {
            label: t('report.total'),
            value: money(report.sales.totalMinor),
            strong: true,
            testId: 'z-sales-total',
          },
        ],
      },
      {
        key: 'tax',
        title: t('report.taxByRate'),
        rows: report.taxByRate.length
          ? report.taxByRate.map((line) => ({
              label: t('report.rate', { rate: basisPointsToPercent(line.taxRateBp) }),
              value: t('report.rateLine', { net: money(line.netMinor), tax: money(line.taxMinor) }),
            }))
          : none,
      },
      {
        key: 'tenders',
        title: t('report.byTender'),
        rows: report.byTender.length
          ? report.byTender.map((line) => ({
              label: t(`tender.${line.tender}`, { defaultValue: line.tender }),
              value:
                line.outMinor > 0
                  ? `${t('report.tenderIn')} ${money(line.inMinor)} · ${t('report.tenderOut')} ${money(line.outMinor)}`
                  : money(line.inMinor),
              testId: `z-tender-${line.tender}`,
            }))
          : none,
      },
      {
        key: 'credits',
        title: t('report.refundsVoids'),
        rows: [
          { label: t('report.refunds'), value: countTotal(report.refunds), testId: 'z-refunds' },
          { label: t('report.voids'), value: countTotal(report.voids), testId: 'z-voids' },
          { label: t('report.deposits'), value: countTotal(report.deposits), testId: 'z-deposits' },
          { label: t('report.discounts'), value: countTotal(report.discounts), testId: 'z-discounts' },
        ],
      },
    ]
    return sections
  }

  function cashSection(report: ZReport, money: (minor: number) => string): ZReportSection {
    const cash = report.cash
    const minus = (minor: number) => (minor > 0 ? money(-minor) : money(0))
    return {
      key: 'cash',
      title: t('report.cash'),
      rows: [
        { label: t('report.float'), value: money(cash.floatMinor) },
        { label: t('report.cashSales'), value: money(cash.salesMinor), testId: 'z-cash-sales' },
        { label: t('report.cashDeposits'), value: money(cash.depositsMinor) },
        { label: t('report.cashRefunds'), value: minus(cash.refundsMinor) },
        { label: t('report.paidIn'), value: money(cash.paidInMinor) },
        { label: t('report.paidOut'), value: minus(cash.paidOutMinor), testId: 'z-paid-out' },
        { label: t('report.expected'), value: money(cash.expectedMinor), strong: true, testId: 'z-expected' },
        {
          label: t('report.counted'),
          value: cash.countedMinor === null ? t('report.notCounted') : money(cash.countedMinor),
          testId: 'z-counted',
        },
        {
          label: t('report.variance'),
          value: cash.varianceMinor === null ? '—' : money(cash.varianceMinor),
          strong: true,
          testId: 'z-variance',
        },
      ],
    }
  }

  function paidSection(report: ZReport, money: (minor: number) => string): ZReportSection {
    // The reason says what the cash went on; the label stays short enough for the 80 mm roll.
    const rows = report.paidMovements.map((movement) => ({
      label: `${t(`kind.${movement.kind}`)} · ${movement.reason}`,
      value: money(movement.kind === 'paid_out' ? -movement.amountMinor : movement.amountMinor),
    }))
    return {
      key: 'paid',
      title: t('report.paidMovements'),
      rows: rows.length ? rows : [{ label: t('report.none'), value: '' }],
      wide: true,
    }
  }
}
