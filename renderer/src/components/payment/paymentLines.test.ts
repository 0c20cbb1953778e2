import { describe, expect, it } from 'vitest'
import { addTender, paymentFigures, tenderLine, toPaymentInputs, type TenderLine } from './paymentLines'

const cash = (patch: Partial<TenderLine> = {}): TenderLine => ({ ...tenderLine('cash'), ...patch })

describe('payment lines', () => {
  it('lets the first line follow what is due until an amount is typed', () => {
    const figures = paymentFigures([cash()], 57_000, 'CNY')
    expect(figures.lines[0]?.amountMinor).toBe(57_000)
    expect(figures.remainingMinor).toBe(0)
    expect(figures.valid).toBe(true)
  })

  it('gives change on the cash handed over', () => {
    const figures = paymentFigures([cash({ amount: '300', tendered: '400' })], 57_000, 'CNY')
    expect(figures.changeMinor).toBe(10_000)
    expect(figures.remainingMinor).toBe(27_000)
  })

  it('refuses cash handed over that is less than the amount', () => {
    const figures = paymentFigures([cash({ tendered: '100' })], 57_000, 'CNY')
    expect(figures.lines[0]?.tenderedProblem).toBe('invoices:payment.tenderedShort')
    expect(figures.valid).toBe(false)
  })

  it('adds a second tender for what the first leaves and keeps the first amount', () => {
    const lines = addTender([cash({ amount: '300' })], 'wechat', 57_000, 'CNY')
    expect(lines.map((line) => line.tender)).toEqual(['cash', 'wechat'])
    const figures = paymentFigures(lines, 57_000, 'CNY')
    expect(figures.lines[1]?.amountMinor).toBe(27_000)
    expect(toPaymentInputs(lines, figures)).toEqual([
      { tender: 'cash', amountMinor: 30_000, tenderedMinor: null, reference: '' },
      { tender: 'wechat', amountMinor: 27_000, tenderedMinor: null, reference: '' },
    ])
  })

  it('switches the tender of a single untouched line instead of adding one', () => {
    const lines = addTender([cash()], 'alipay', 1_000, 'CNY')
    expect(lines).toHaveLength(1)
    expect(lines[0]?.tender).toBe('alipay')
  })

  it('freezes a following line at what it showed when another tender is added', () => {
    const lines = addTender([cash({ tendered: '100' })], 'card', 5_000, 'CNY')
    expect(lines[0]?.amount).toBe('50.00')
  })

  it('refuses paying more than is due and store credit beyond the balance', () => {
    expect(paymentFigures([cash({ amount: '60' })], 5_000, 'CNY').overMinor).toBe(1_000)
    expect(paymentFigures([cash({ amount: '60' })], 5_000, 'CNY').valid).toBe(false)
    const credit = paymentFigures([{ ...tenderLine('store_credit') }], 5_000, 'CNY', 2_000)
    expect(credit.lines[0]?.amountProblem).toBe('invoices:payment.overCredit')
  })
})
