/**
 * What a busy outlet's counter takes money for and how: the labour price list, the tenders customers
 * pay with (and the references their slips carry), discounts and why, why money goes back, and what
 * the drawer pays out during a day. Amounts in fen; prices are whole yuan, as the shop's lists are.
 */
import type { CatalogueEntry } from './repairData'
import { type Random, weighted } from './shopData'

type DeviceCategory = CatalogueEntry['category']

export interface LabourEntry {
  name: string
  category: string
  priceMinor: number
  standardMinutes: number
  warrantyDays: number
  /** Null: the shop's rate. */
  taxRateBp: number | null
  /** The device categories whose repairs use this item. */
  devices: DeviceCategory[]
}

const handheld: DeviceCategory[] = ['phone', 'tablet']
const computers: DeviceCategory[] = ['laptop', 'desktop']
const home: DeviceCategory[] = ['tv', 'appliance']
const small: DeviceCategory[] = ['watch', 'audio', 'console', 'other']

function item(
  name: string,
  category: string,
  yuan: number,
  minutes: number,
  devices: DeviceCategory[],
  warrantyDays = 90,
  taxRateBp: number | null = null,
): LabourEntry {
  return {
    name,
    category,
    priceMinor: yuan * 100,
    standardMinutes: minutes,
    warrantyDays,
    taxRateBp,
    devices,
  }
}

/** The shop's labour price list (labour.create). Data recovery is a technical service: 6 % VAT. */
export const labourCatalogue: LabourEntry[] = [
  item('屏幕更换', '屏幕', 80, 40, handheld),
  item('电池更换', '电池', 50, 30, [...handheld, 'watch', 'laptop']),
  item('尾插更换', '接口', 60, 40, handheld),
  item('摄像头更换', '摄像头', 60, 40, handheld),
  item('后盖更换', '外壳', 60, 40, handheld),
  item('主板维修', '主板', 200, 120, [...handheld, ...computers, 'console']),
  item('进水清洗', '清洁', 100, 60, [...handheld, ...small]),
  item('按键排线维修', '排线', 60, 40, [...handheld, 'console']),
  item('系统刷机', '软件', 50, 30, [...handheld, ...computers], 7),
  item('数据恢复', '数据', 300, 180, [...handheld, ...computers], 0, 600),
  item('笔记本屏幕更换', '屏幕', 120, 60, ['laptop']),
  item('键盘更换', '键盘', 80, 60, ['laptop']),
  item('清灰换硅脂', '清洁', 80, 40, [...computers, 'console']),
  item('硬盘/内存升级', '升级', 50, 30, computers),
  item('电源维修', '电源', 120, 60, [...computers, ...home]),
  item('电视背光维修', '屏幕', 250, 120, ['tv']),
  item('电机/压缩机维修', '家电', 200, 120, ['appliance']),
  item('控制板维修', '主板', 180, 90, home),
  item('手表屏幕更换', '屏幕', 150, 60, ['watch']),
  item('耳机/音响维修', '音频', 80, 45, ['audio']),
  item('手柄漂移维修', '手柄', 60, 30, ['console']),
  item('通用检测维修', '其他', 60, 30, ['other', 'watch', 'audio']),
]

/** Charged when the customer only wants the diagnosis (no part fitted). */
export const diagnosticFee = { description: '检测费', priceMinor: 3000 }

/** How the rest is paid once any deposit is applied. Mobile payment is most of it in mainland shops. */
export const payingTender = weighted<'cash' | 'card' | 'wechat' | 'alipay'>([
  ['wechat', 40],
  ['alipay', 24],
  ['cash', 26],
  ['card', 10],
])

/** What a card slip or a mobile payment notes as its transaction number. */
export function tenderReference(random: Random, tender: string): string {
  switch (tender) {
    case 'card':
      return random.digits(6)
    case 'wechat':
      return `42000${random.digits(23)}`
    case 'alipay':
      return `2025${random.digits(24)}`
    case 'transfer':
      return `转账${random.digits(8)}`
    default:
      return ''
  }
}

/** Cash handed over: the exact amount, or the next note up that covers it. */
export function cashTendered(random: Random, amountMinor: number): number {
  const roll = random.next()
  const step = roll < 0.25 ? 0 : roll < 0.5 ? 1000 : roll < 0.8 ? 5000 : 10000
  return step === 0 ? amountMinor : Math.ceil((amountMinor + 1) / step) * step
}

export const invoiceDiscountReasons = ['老客户优惠', '抹零', '活动优惠', '店长同意优惠'] as const
export const lineDiscountReasons = ['配件有轻微划痕', '维修时间较长致歉', '会员优惠'] as const
export const voidReasons = ['开错单', '客户取消购买', '重复开单'] as const
export const returnReasons = ['配件不合适退货', '七天无理由退货', '质量问题退款', '价格调整'] as const

export const paidOutReasons: [string, number, number][] = [
  ['快递费', 1200, 2500],
  ['清洁用品', 3000, 8000],
  ['买水', 1500, 3000],
  ['外卖午餐', 4000, 12000],
  ['维修工具', 5000, 20000],
]
export const paidInReason = '补充零钱'

/** The drawer's float each morning, and the notes and coins the clerk counts at night (fen). */
export const floatMinor = 50000
export const denominations = [10000, 5000, 2000, 1000, 500, 100, 50, 10, 5, 1] as const

/** A count of `amountMinor` as the clerk would make it: mostly ¥100 notes, change in smaller ones. */
export function countByDenomination(amountMinor: number): Record<string, number> {
  const counts: Record<string, number> = {}
  let left = amountMinor
  for (const value of denominations) {
    const count = Math.floor(left / value)
    if (count > 0) counts[String(value)] = count
    left -= count * value
  }
  return counts
}

/** Accessories a counter sells by themselves; other parts go over the counter to trade buyers. */
export const counterCategories = new Set([
  '手机配件',
  '电脑配件',
  '平板配件',
  '穿戴配件',
  '游戏机配件',
  '耗材工具',
])
