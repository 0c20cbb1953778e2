/** The demo shop's parts: what they fit, what they sell and cost in each currency, and their stock settings. */
import type { Locale } from '../../../shared/contract'
import type { Words } from './catalogue'

export interface DemoPart {
  sku: string
  name: Words
  category: Words
  brand: string
  compatibleModels: string
  /** Price and cost in minor units, per currency: CNY, TWD, USD. */
  price: [number, number, number]
  cost: [number, number, number]
  /** Units received as opening stock. */
  opening: number
  reorderPoint: number
  reorderQuantity: number
  bin: string
  supplier: number
  /** Sold over the counter by itself (a case, a cable), not only fitted in a repair. */
  counter: boolean
}

const screens: Words = { 'zh-CN': '屏幕', 'zh-TW': '螢幕', en: 'Screens' }
const batteries: Words = { 'zh-CN': '电池', 'zh-TW': '電池', en: 'Batteries' }
const small: Words = { 'zh-CN': '排线及小件', 'zh-TW': '排線及小零件', en: 'Small parts' }
const computer: Words = { 'zh-CN': '电脑配件', 'zh-TW': '電腦零件', en: 'Computer parts' }
const appliance: Words = { 'zh-CN': '家电配件', 'zh-TW': '家電零件', en: 'Appliance parts' }
export const accessoryCategory: Words = { 'zh-CN': '手机配件', 'zh-TW': '手機配件', en: 'Accessories' }

const part = (
  sku: string,
  name: Words,
  category: Words,
  brand: string,
  compatibleModels: string,
  money: { price: [number, number, number]; cost: [number, number, number] },
  stock: { opening: number; reorderPoint: number; reorderQuantity: number; bin: string; supplier: number },
  counter = false,
): DemoPart => ({ sku, name, category, brand, compatibleModels, ...money, ...stock, counter })

export const parts: DemoPart[] = [
  part(
    'IP13-SCR',
    { 'zh-CN': 'iPhone 13 屏幕总成', 'zh-TW': 'iPhone 13 螢幕總成', en: 'iPhone 13 screen assembly' },
    screens,
    'Apple',
    'iPhone 13',
    { price: [45000, 520000, 12900], cost: [28000, 330000, 7800] },
    { opening: 3, reorderPoint: 2, reorderQuantity: 4, bin: 'A-01', supplier: 0 },
  ),
  part(
    'IP15P-SCR',
    {
      'zh-CN': 'iPhone 15 Pro 屏幕总成',
      'zh-TW': 'iPhone 15 Pro 螢幕總成',
      en: 'iPhone 15 Pro screen assembly',
    },
    screens,
    'Apple',
    'iPhone 15 Pro',
    { price: [128000, 1150000, 27900], cost: [86000, 780000, 18900] },
    { opening: 3, reorderPoint: 1, reorderQuantity: 2, bin: 'A-02', supplier: 0 },
  ),
  part(
    'MATE60-SCR',
    {
      'zh-CN': '华为 Mate 60 Pro 屏幕总成',
      'zh-TW': '華為 Mate 60 Pro 螢幕總成',
      en: 'Huawei Mate 60 Pro screen',
    },
    screens,
    'Huawei',
    'Mate 60 Pro',
    { price: [98000, 880000, 21900], cost: [65000, 590000, 14500] },
    { opening: 3, reorderPoint: 1, reorderQuantity: 2, bin: 'A-03', supplier: 1 },
  ),
  part(
    'IP13-BAT',
    { 'zh-CN': 'iPhone 13 电池', 'zh-TW': 'iPhone 13 電池', en: 'iPhone 13 battery' },
    batteries,
    'Apple',
    'iPhone 13',
    { price: [18000, 160000, 4900], cost: [8500, 76000, 2200] },
    { opening: 6, reorderPoint: 3, reorderQuantity: 6, bin: 'B-01', supplier: 0 },
  ),
  part(
    'MATE60-BAT',
    { 'zh-CN': '华为 Mate 60 Pro 电池', 'zh-TW': '華為 Mate 60 Pro 電池', en: 'Huawei Mate 60 Pro battery' },
    batteries,
    'Huawei',
    'Mate 60 Pro',
    { price: [16000, 140000, 4500], cost: [7000, 62000, 1900] },
    { opening: 6, reorderPoint: 2, reorderQuantity: 4, bin: 'B-02', supplier: 1 },
  ),
  part(
    'XM14-BAT',
    { 'zh-CN': '小米 14 Ultra 电池', 'zh-TW': '小米 14 Ultra 電池', en: 'Xiaomi 14 Ultra battery' },
    batteries,
    'Xiaomi',
    '14 Ultra',
    { price: [15000, 130000, 4200], cost: [6500, 58000, 1800] },
    { opening: 5, reorderPoint: 2, reorderQuantity: 4, bin: 'B-03', supplier: 1 },
  ),
  part(
    'TYPEC-PORT',
    { 'zh-CN': 'Type-C 尾插排线', 'zh-TW': 'Type-C 充電孔排線', en: 'USB-C charging port flex' },
    small,
    '',
    'OPPO / vivo / Samsung / iPad Air 5',
    { price: [6000, 50000, 1500], cost: [1800, 15000, 450] },
    { opening: 8, reorderPoint: 5, reorderQuantity: 10, bin: 'C-01', supplier: 1 },
  ),
  part(
    'IP13-CAM',
    { 'zh-CN': 'iPhone 13 后置摄像头', 'zh-TW': 'iPhone 13 後鏡頭', en: 'iPhone 13 rear camera' },
    small,
    'Apple',
    'iPhone 13',
    { price: [32000, 290000, 8900], cost: [19000, 170000, 5200] },
    { opening: 3, reorderPoint: 1, reorderQuantity: 2, bin: 'C-02', supplier: 0 },
  ),
  part(
    'X1C-KB',
    {
      'zh-CN': 'ThinkPad X1 Carbon 键盘',
      'zh-TW': 'ThinkPad X1 Carbon 鍵盤',
      en: 'ThinkPad X1 Carbon keyboard',
    },
    computer,
    'Lenovo',
    'ThinkPad X1 Carbon',
    { price: [26000, 230000, 6900], cost: [15000, 132000, 3900] },
    { opening: 3, reorderPoint: 1, reorderQuantity: 2, bin: 'D-01', supplier: 2 },
  ),
  part(
    'PASTE-TG',
    { 'zh-CN': '导热硅脂 1g', 'zh-TW': '散熱膏 1g', en: 'Thermal paste 1 g' },
    computer,
    '',
    '',
    { price: [3000, 25000, 800], cost: [800, 7000, 200] },
    { opening: 10, reorderPoint: 4, reorderQuantity: 10, bin: 'D-02', supplier: 2 },
  ),
  part(
    'PUMP-WM',
    { 'zh-CN': '滚筒洗衣机排水泵', 'zh-TW': '滾筒洗衣機排水馬達', en: 'Washer drain pump' },
    appliance,
    '',
    'Midea MG25NK-01 / Haier EG100MATE29',
    { price: [14000, 120000, 3900], cost: [7000, 60000, 1900] },
    { opening: 8, reorderPoint: 1, reorderQuantity: 3, bin: 'E-01', supplier: 2 },
  ),
  part(
    'CASE-IP15P',
    { 'zh-CN': 'iPhone 15 Pro 保护壳', 'zh-TW': 'iPhone 15 Pro 保護殼', en: 'iPhone 15 Pro case' },
    accessoryCategory,
    '',
    'iPhone 15 Pro',
    { price: [3900, 49000, 1900], cost: [1200, 15000, 600] },
    { opening: 20, reorderPoint: 5, reorderQuantity: 20, bin: 'F-01', supplier: 0 },
    true,
  ),
  part(
    'FILM-GLASS',
    { 'zh-CN': '钢化膜（通用）', 'zh-TW': '玻璃保護貼（通用）', en: 'Tempered glass protector' },
    accessoryCategory,
    '',
    '',
    { price: [2500, 30000, 1200], cost: [400, 5000, 200] },
    { opening: 40, reorderPoint: 10, reorderQuantity: 50, bin: 'F-02', supplier: 1 },
    true,
  ),
  part(
    'CABLE-C1M',
    {
      'zh-CN': 'Type-C 快充数据线 1 米',
      'zh-TW': 'Type-C 快充傳輸線 1 公尺',
      en: 'USB-C fast charging cable 1 m',
    },
    accessoryCategory,
    '',
    '',
    { price: [3900, 39000, 1500], cost: [1100, 11000, 400] },
    { opening: 25, reorderPoint: 5, reorderQuantity: 20, bin: 'F-03', supplier: 1 },
    true,
  ),
  part(
    'CHARGER-20W',
    { 'zh-CN': '20W 快充充电头', 'zh-TW': '20W 快充充電頭', en: '20 W USB-C charger' },
    accessoryCategory,
    '',
    '',
    { price: [6900, 59000, 1900], cost: [2800, 24000, 800] },
    { opening: 20, reorderPoint: 3, reorderQuantity: 10, bin: 'F-04', supplier: 1 },
    true,
  ),
]

export const currencyIndex: Record<Locale, 0 | 1 | 2> = { 'zh-CN': 0, 'zh-TW': 1, en: 2 }
