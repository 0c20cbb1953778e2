/**
 * What a busy outlet's customers look like: the names, phones and addresses a counter in a mainland
 * Chinese city types every day (devices and faults are in repairData.ts). Everything is drawn from
 * one seeded generator, so the same seed gives the same shop and figures compare between commits.
 */

/** mulberry32: small, fast and good enough for test data; also feeds the UUIDv7 generator. */
export class Random {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296
  }

  int(below: number): number {
    return Math.floor(this.next() * below)
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(list: readonly T[]): T {
    const item = list[this.int(list.length)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }

  digits(count: number): string {
    let text = ''
    for (let index = 0; index < count; index += 1) text += String(this.int(10))
    return text
  }
}

/** A picker that honours weights (binary search over the cumulative sums). */
export function weighted<T>(entries: readonly (readonly [T, number])[]): (random: Random) => T {
  const values = entries.map(([value]) => value)
  const cumulative: number[] = []
  let total = 0
  for (const [, weight] of entries) cumulative.push((total += weight))
  return (random) => {
    const target = random.next() * total
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if (cumulative[middle]! > target) high = middle
      else low = middle + 1
    }
    return values[low]!
  }
}

// ---- Names ----------------------------------------------------------------------------------

/** Surnames with their share of the population in percent ("王7.1": 王, 7.1 %; the long tail is cut short). */
const surname = weighted<string>(
  (
    '王7.1 李7.0 张6.4 刘5.4 陈4.5 杨3.1 黄2.2 赵2.0 吴2.0 周1.9 徐1.3 孙1.2 马1.1 朱1.1 胡1.0 郭0.95 何0.9 ' +
    '高0.9 林0.9 罗0.85 郑0.8 梁0.8 谢0.7 宋0.65 唐0.6 许0.6 韩0.55 冯0.55 邓0.55 曹0.5 彭0.5 曾0.5 肖0.5 ' +
    '田0.45 董0.45 袁0.4 潘0.4 于0.4 蒋0.4 蔡0.4 余0.4 杜0.4 叶0.4 程0.4 苏0.35 魏0.35 吕0.35 丁0.35 任0.35 ' +
    '沈0.3 姚0.3 卢0.3 姜0.3 崔0.3 钟0.3 谭0.3 陆0.3 汪0.25 范0.25 金0.25 石0.25 廖0.25 贾0.25 夏0.2 韦0.2 ' +
    '付0.2 方0.2 白0.2 邹0.2 孟0.2 熊0.2 秦0.2 邱0.2 江0.2 尹0.2 薛0.15 闫0.15 段0.15 雷0.15 侯0.15 龙0.15 ' +
    '史0.15 陶0.15 黎0.15 贺0.15 顾0.15 毛0.15 郝0.1 龚0.1 邵0.1 万0.1 钱0.1 严0.1 覃0.1 武0.1 戴0.1 莫0.1 ' +
    '孔0.1 向0.1 汤0.1 欧阳0.05 司马0.01 诸葛0.01 上官0.01'
  )
    .split(' ')
    .map((entry) => [entry.replace(/[\d.]+$/, ''), Number(/[\d.]+$/.exec(entry)?.[0])] as const),
)

const givenSingle = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚红华兰玲燕鹏辉斌宇浩凯健俊帆旭宁龙林欢阳佳琳颖晶婷倩雪慧莉萍鑫波亮飞峰丹坤晨博悦',
]
const givenFirst = [...'子梓浩宇欣雨思佳嘉俊志建晓海秀文国春小一天家明玉美丽金永德振立少伟诗雅梦']
const givenSecond = [...'轩涵然怡萱晨阳杰豪婷华军英梅东平强龙芳琪彤博宁伟敏辉峰明霞琳涛鹏洁静颖睿']
const givenWhole = '秀英 桂英 建华 建国 晓东 雪梅 海燕 志强 子轩 浩然 欣怡 梓涵 一诺 雨桐'.split(' ')

/** Simplified to traditional for the characters above: some customers write their names that way. */
const traditional: Record<string, string> = Object.fromEntries(
  (
    '张張 刘劉 陈陳 杨楊 黄黃 赵趙 吴吳 孙孫 马馬 罗羅 郑鄭 谢謝 许許 韩韓 冯馮 邓鄧 叶葉 苏蘇 吕呂 卢盧 ' +
    '钟鍾 谭譚 陆陸 贾賈 韦韋 邹鄒 龙龍 顾顧 龚龔 钱錢 严嚴 汤湯 欧歐 阳陽 诸諸 伟偉 丽麗 军軍 艳豔 杰傑 ' +
    '涛濤 刚剛 红紅 华華 兰蘭 鹏鵬 辉輝 宁寧 欢歡 颖穎 飞飛 晓曉 国國 东東 梦夢 诗詩 轩軒 静靜 洁潔 强強 ' +
    '凯凱 诺諾'
  )
    .split(' ')
    .map((pair) => [pair[0]!, pair[1]!] as const),
)

function toTraditional(text: string): string {
  return [...text].map((char) => traditional[char] ?? char).join('')
}

const englishFirst = (
  'John Mary David Michael Jennifer James Linda Robert Emma Olivia Noah Liam Sophia Ava Lucas ' +
  'Ethan Chloe Grace Jason Kevin Eric Tony Jack Peter Amy Vivian Cindy Alice Helen Tom Sam ' +
  'Daniel Anna Lily Ryan Andy Frank Gary Jessica Winnie Ken Leo Max Nina Oscar Paul Rachel ' +
  'Steven Terry Victor'
).split(' ')
const englishLast = (
  'Smith Johnson Brown Taylor Miller Wilson Anderson Thomas Martin Garcia Wang Li Zhang Chen ' +
  'Liu Chan Wong Lee Cheung Lau Ng Ho Lam Tsang Leung Kwok Yip Tang Chow Kim Park Nguyen Tan ' +
  'Lim Goh Muller Schmidt Dubois Rossi Ivanov'
).split(' ')

const businessCity = ['深圳市', '广州市', '东莞市', '佛山市']
const businessWord = [
  '华信',
  '鑫达',
  '恒通',
  '宏远',
  '金鹏',
  '创新',
  '东方',
  '腾飞',
  '立达',
  '顺发',
  '百川',
  '嘉禾',
]
const businessKind = ['科技有限公司', '电子商行', '贸易有限公司', '通讯店', '网咖', '酒店', '物流有限公司']

const nameKind = weighted<'chinese' | 'traditional' | 'english' | 'business'>([
  ['chinese', 68.5],
  ['traditional', 5],
  ['english', 25],
  ['business', 1.5],
])

function givenName(random: Random): string {
  const shape = random.next()
  if (shape < 0.35) return random.pick(givenSingle)
  if (shape < 0.45) return random.pick(givenWhole)
  return random.pick(givenFirst) + random.pick(givenSecond)
}

export function customerName(random: Random): string {
  switch (nameKind(random)) {
    case 'chinese':
      return surname(random) + givenName(random)
    case 'traditional':
      return toTraditional(surname(random) + givenName(random))
    case 'english':
      return `${random.pick(englishFirst)} ${random.pick(englishLast)}`
    case 'business':
      return random.pick(businessCity) + random.pick(businessWord) + random.pick(businessKind)
  }
}

// ---- Phones, e-mail, address ----------------------------------------------------------------

const mobilePrefix = weighted<string>([
  ...['130', '131', '132', '133', '134', '135', '136', '137', '138', '139'].map(
    (prefix) => [prefix, 4] as const,
  ),
  ...['150', '151', '152', '153', '155', '156', '157', '158', '159'].map((prefix) => [prefix, 3] as const),
  ...['180', '181', '182', '183', '184', '185', '186', '187', '188', '189'].map(
    (prefix) => [prefix, 3] as const,
  ),
  ...['166', '170', '173', '176', '177', '178', '198', '199'].map((prefix) => [prefix, 1] as const),
])

/** A mainland mobile number as the clerk typed it: mostly plain, sometimes grouped 3-4-4. */
export function mobilePhone(random: Random): string {
  const digits = mobilePrefix(random) + random.digits(8)
  const style = random.next()
  if (style < 0.75) return digits
  const separator = style < 0.9 ? ' ' : '-'
  return [digits.slice(0, 3), digits.slice(3, 7), digits.slice(7)].join(separator)
}

/** A second phone: usually another mobile, sometimes a Shenzhen or Guangzhou landline. */
export function secondPhone(random: Random): string {
  if (random.chance(0.8)) return mobilePhone(random)
  return `${random.pick(['0755', '020', '0769'])}-${random.digits(8)}`
}

export function email(random: Random): string {
  if (random.chance(0.5)) return `${1 + random.int(9)}${random.digits(7 + random.int(3))}@qq.com`
  const handle = Array.from({ length: 5 + random.int(5) }, () =>
    String.fromCharCode(97 + random.int(26)),
  ).join('')
  return `${handle}${random.int(1000)}@${random.pick(['163.com', '126.com', 'gmail.com', 'outlook.com'])}`
}

export function address(random: Random): string {
  const district = random.pick(['南山区', '福田区', '罗湖区', '宝安区', '龙华区', '龙岗区'])
  const street = random.pick(['科技园南路', '深南大道', '华强北路', '民治大道', '新安六路', '布吉街道'])
  return `深圳市${district}${street}${1 + random.int(300)}号${random.chance(0.5) ? `${1 + random.int(30)}栋${101 + random.int(2000)}` : ''}`
}

export const customerNotes = [
  '老客户，优先处理',
  'VIP客户',
  '只接受微信联系',
  '公司客户，月结',
  '上次投诉过，注意沟通',
]
