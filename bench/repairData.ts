/**
 * What a busy outlet repairs: the devices (with IMEIs and serials as makers print them), the faults
 * customers describe, and what the counter records at intake.
 */
import { type Random, weighted } from './shopData'

// ---- Devices --------------------------------------------------------------------------------

export type SerialKind = 'imei' | 'apple' | 'lenovo' | 'dell' | 'hp' | 'generic'

export interface CatalogueEntry {
  category:
    'phone' | 'tablet' | 'laptop' | 'desktop' | 'watch' | 'audio' | 'console' | 'tv' | 'appliance' | 'other'
  brand: string
  model: string
  serial: SerialKind
}

function models(
  category: CatalogueEntry['category'],
  brand: string,
  serial: SerialKind,
  names: string[],
  weight: number,
): [CatalogueEntry, number][] {
  return names.map((model) => [{ category, brand, model, serial }, weight / names.length])
}

/** Shares roughly those of a phone-heavy mainland repair counter. */
export const deviceModel = weighted<CatalogueEntry>([
  ...models(
    'phone',
    'Apple',
    'imei',
    [
      'iPhone 11',
      'iPhone 12',
      'iPhone 13',
      'iPhone 13 Pro',
      'iPhone 14',
      'iPhone 14 Pro Max',
      'iPhone 15',
      'iPhone 15 Pro',
      'iPhone 16 Pro Max',
    ],
    20,
  ),
  ...models(
    'phone',
    'Huawei',
    'imei',
    ['Mate 40 Pro', 'Mate 50', 'Mate 60 Pro', 'P50', 'P60 Pro', 'nova 10', 'nova 11', 'nova 12 Pro'],
    14,
  ),
  ...models('phone', 'Honor', 'imei', ['70', '80 Pro', '90', 'Magic5', 'Magic6 Pro', 'X50'], 6),
  ...models(
    'phone',
    'Xiaomi',
    'imei',
    ['12', '13', '14', '14 Ultra', 'Redmi Note 11', 'Redmi Note 12 Turbo', 'Redmi K60', 'Redmi K70'],
    10,
  ),
  ...models('phone', 'OPPO', 'imei', ['Reno8', 'Reno10 Pro', 'Reno11', 'Find X6', 'Find X7', 'A58'], 7),
  ...models('phone', 'vivo', 'imei', ['X80', 'X90', 'X100', 'S16', 'S18', 'iQOO 11', 'iQOO 12', 'Y78'], 7),
  ...models(
    'phone',
    'Samsung',
    'imei',
    ['Galaxy S22', 'Galaxy S23', 'Galaxy S24', 'Galaxy Z Flip5', 'Galaxy A54'],
    3,
  ),
  ...models('phone', 'OnePlus', 'imei', ['11', '12', 'Ace 2'], 1.5),
  ...models('phone', 'realme', 'imei', ['GT Neo5', '11 Pro'], 1),
  ...models(
    'tablet',
    'Apple',
    'apple',
    ['iPad (9th generation)', 'iPad Air 5', 'iPad Pro 11', 'iPad mini 6'],
    5,
  ),
  ...models('tablet', 'Huawei', 'generic', ['MatePad 11', 'MatePad Pro 12.6'], 2),
  ...models('tablet', 'Xiaomi', 'generic', ['Pad 6', 'Redmi Pad'], 1),
  ...models(
    'laptop',
    'Lenovo',
    'lenovo',
    ['ThinkPad X1 Carbon', 'ThinkPad E14', '拯救者 Y9000P', '小新 Pro 14'],
    4,
  ),
  ...models('laptop', 'Apple', 'apple', ['MacBook Air M1', 'MacBook Air M2', 'MacBook Pro 14'], 2.5),
  ...models('laptop', 'Huawei', 'generic', ['MateBook 14', 'MateBook X Pro'], 1.5),
  ...models('laptop', 'Dell', 'dell', ['XPS 13', 'Inspiron 14'], 1),
  ...models('laptop', 'HP', 'hp', ['暗影精灵9', '战66'], 1),
  ...models('laptop', 'ASUS', 'generic', ['天选4', '无畏Pro14'], 1),
  ...models('desktop', 'Lenovo', 'lenovo', ['拯救者刃7000K', '扬天 M4000q'], 0.6),
  ...models('desktop', 'Apple', 'apple', ['iMac 24'], 0.4),
  ...models('watch', 'Apple', 'apple', ['Watch Series 8', 'Watch Series 9'], 1.5),
  ...models('watch', 'Huawei', 'generic', ['Watch GT 4', 'Watch 4 Pro'], 1),
  ...models('watch', 'Xiaomi', 'generic', ['Watch S3'], 0.5),
  ...models('audio', 'Apple', 'apple', ['AirPods Pro 2', 'AirPods 3'], 1.5),
  ...models('audio', 'Sony', 'generic', ['WH-1000XM5'], 0.5),
  ...models('audio', 'Huawei', 'generic', ['FreeBuds Pro 3'], 1),
  ...models('console', 'Nintendo', 'generic', ['Switch OLED', 'Switch'], 0.7),
  ...models('console', 'Sony', 'generic', ['PS5'], 0.3),
  ...models('tv', 'TCL', 'generic', ['65Q10G', '55V8G'], 0.5),
  ...models('tv', 'Xiaomi', 'generic', ['电视 S Pro 65'], 0.3),
  ...models('tv', 'Hisense', 'generic', ['65E7K'], 0.2),
  ...models('appliance', 'Midea', 'generic', ['MG25NK-01', 'KFR-35GW'], 0.8),
  ...models('appliance', 'Haier', 'generic', ['EG100MATE29', 'BCD-470WGHTD'], 0.7),
  ...models('appliance', 'Gree', 'generic', ['KFR-35GW/NhGc1B'], 0.5),
  ...models('other', 'DJI', 'generic', ['Mini 3 Pro', 'Osmo Pocket 3'], 0.6),
  ...models('other', 'Dyson', 'generic', ['V12'], 0.4),
])

/** 15 digits: an 8-digit type allocation code, a 6-digit serial and the Luhn check digit. */
export function imei(random: Random, brand: string): string {
  const body = (brand === 'Apple' || brand === 'Samsung' ? '35' : '86') + random.digits(12)
  let sum = 0
  for (let index = 0; index < 14; index += 1) {
    let digit = Number(body[index])
    if (index % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return body + String((10 - (sum % 10)) % 10)
}

/** Letters a maker prints on labels (no I or O, which read as 1 and 0). */
const labelAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'
function label(random: Random, length: number): string {
  let text = ''
  for (let index = 0; index < length; index += 1)
    text += labelAlphabet.charAt(random.int(labelAlphabet.length))
  return text
}

/** The serial as typed or scanned at intake (the service normalises it); '' when nobody knew it. */
export function serialFor(random: Random, entry: CatalogueEntry): string {
  const unknown = entry.category === 'appliance' ? 0.4 : entry.category === 'phone' ? 0.04 : 0.1
  if (random.chance(unknown)) return ''
  switch (entry.serial) {
    case 'imei': {
      const code = imei(random, entry.brand)
      // Some clerks copy the IMEI from the box label, which groups it 2-6-6-1.
      return random.chance(0.05)
        ? `${code.slice(0, 2)}-${code.slice(2, 8)}-${code.slice(8, 14)}-${code.slice(14)}`
        : code
    }
    case 'apple':
      return random.pick(['C02', 'F2L', 'DMP', 'FVF', 'GG7']) + label(random, 9)
    case 'lenovo':
      return `PF${label(random, 6)}`
    case 'dell':
      return label(random, 7)
    case 'hp':
      return `5CD${label(random, 7)}`
    case 'generic':
      return random.chance(0.5) ? `SN${random.digits(10)}` : label(random, 12 + random.int(5)).toLowerCase()
  }
}

// ---- Tickets --------------------------------------------------------------------------------

const faultsByGroup: Record<string, string[]> = {
  handheld: [
    '屏幕碎裂，触摸失灵',
    '无法开机',
    '电池续航短，充电发烫',
    '进水后无声音',
    '充电口接触不良',
    '摄像头模糊',
    '无信号',
    '听筒没声音',
    '通话时对方听不到',
    '指纹识别失灵',
    'Face ID 无法使用',
    '后盖碎裂',
    '屏幕有绿线',
    '自动重启',
    '卡在开机画面',
    '忘记锁屏密码，需要刷机',
    '扬声器破音',
    'WiFi 连不上',
    '音量键失灵',
    '更换电池',
    '系统升级后卡顿',
    '屏幕闪烁',
    '充电很慢',
  ],
  computer: [
    '开机黑屏',
    '键盘部分按键失灵',
    '风扇噪音大',
    '蓝屏死机',
    '屏幕有亮点',
    '无法充电',
    '进水',
    '硬盘异响，数据需要备份',
    '转轴断裂',
    '触控板失灵',
  ],
  wearable: ['无法充电', '屏幕碎裂', '表带断裂', '左耳没有声音', '蓝牙连接断断续续', '续航很短'],
  console: ['手柄漂移', '无法读卡', '开机黑屏', '风扇噪音大', 'HDMI 无输出'],
  home: ['不制冷', '洗衣机脱水时异响', '不加热', '开机跳闸', '漏水', '遥控失灵', '有图像无声音', '屏幕竖线'],
  other: ['无法开机', '摔坏', '电池鼓包', '云台异响', '吸力变小'],
}
const groupOf: Record<CatalogueEntry['category'], string> = {
  phone: 'handheld',
  tablet: 'handheld',
  laptop: 'computer',
  desktop: 'computer',
  watch: 'wearable',
  audio: 'wearable',
  console: 'console',
  tv: 'home',
  appliance: 'home',
  other: 'other',
}
const faultDetail = [
  '，摔过一次',
  '，之前在别处修过',
  '，客户急用',
  '，保留数据',
  '，客户要求原装配件',
  '，时好时坏',
]

export function fault(random: Random, category: CatalogueEntry['category']): string {
  const text = random.pick(faultsByGroup[groupOf[category]] ?? faultsByGroup.other!)
  return random.chance(0.2) ? text + random.pick(faultDetail) : text
}

export const accessoryNames = [
  '充电器',
  '数据线',
  '保护壳',
  'SIM卡',
  '包装盒',
  '耳机',
  '卡针',
  '电源适配器',
  '鼠标',
  '表带',
]
export const conditions = [
  '外观良好',
  '外壳有划痕',
  '边框轻微磕碰',
  '后盖有裂纹',
  '屏幕有细微划痕',
  '有进水痕迹',
  '机身弯曲',
  '',
]

/** What a repair usually costs, in yuan, by category: the estimate is rounded to ten yuan. */
export const estimateRange: Record<CatalogueEntry['category'], [number, number]> = {
  phone: [80, 1800],
  tablet: [150, 2200],
  laptop: [150, 3500],
  desktop: [100, 2500],
  watch: [100, 1200],
  audio: [80, 800],
  console: [150, 1200],
  tv: [200, 2500],
  appliance: [100, 1500],
  other: [80, 1500],
}

export const tender = weighted<'wechat' | 'alipay' | 'cash' | 'card'>([
  ['wechat', 50],
  ['alipay', 30],
  ['cash', 15],
  ['card', 5],
])

export const priority = weighted<'normal' | 'high' | 'urgent'>([
  ['normal', 88],
  ['high', 8],
  ['urgent', 4],
])
