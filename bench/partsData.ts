/**
 * What a busy outlet keeps on its shelves: parts for the phones, tablets, computers, wearables,
 * consoles, televisions and household appliances it repairs, the accessories it sells at the counter,
 * consumables and tools, and the suppliers it buys them from. Names are written the way mainland
 * shops write them (mostly Chinese with the maker's model name, a few in English), with SKUs,
 * manufacturers' barcodes on boxed goods, bins, reorder points and a cost that moves with time.
 */
import { type Random } from './shopData'

// ---- Suppliers ------------------------------------------------------------------------------

export type Supply =
  | 'phone'
  | 'original'
  | 'battery'
  | 'accessory'
  | 'computer'
  | 'appliance'
  | 'haier'
  | 'gree'
  | 'chip'
  | 'tool'

export interface PlannedSupplier {
  /** What the supplier delivers; parts take their default supplier from these. */
  supplies: Supply[]
  /** Deliveries a week (orders placed the day before are on the next one). */
  deliveriesPerWeek: number
  input: {
    name: string
    contact: string
    phone: string
    email: string
    address: string
    paymentTerms: string
    notes: string
  }
}

export const suppliers: PlannedSupplier[] = [
  {
    supplies: ['phone'],
    deliveriesPerWeek: 6,
    input: {
      name: '深圳市华强北鑫源通讯器材行',
      contact: '陈生',
      phone: '13902951867',
      email: 'xinyuan_hqb@163.com',
      address: '深圳市福田区华强北路1019号远望数码城3楼3C218',
      paymentTerms: '月结30天',
      notes: '屏幕、排线、小件；下午四点前下单当天发顺丰',
    },
  },
  {
    supplies: ['phone', 'battery'],
    deliveriesPerWeek: 3,
    input: {
      name: '广州市越秀区恒发手机配件商行',
      contact: '黄小姐',
      phone: '020-83326618',
      email: '',
      address: '广州市越秀区龙津东路龙津手机配件城2楼A21',
      paymentTerms: '货到付款',
      notes: '',
    },
  },
  {
    supplies: ['original'],
    deliveriesPerWeek: 2,
    input: {
      name: 'Apex Mobile Parts (HK) Ltd.',
      contact: 'Kelvin Lau',
      phone: '+85227831450',
      email: 'orders@apexparts.hk',
      address: 'Unit 1203, 12/F, Nan Fung Centre, 264-298 Castle Peak Road, Tsuen Wan, Hong Kong',
      paymentTerms: '预付款',
      notes: 'Original and pulled screens, Apple and Samsung only. Ships Tuesday and Friday.',
    },
  },
  {
    supplies: ['battery'],
    deliveriesPerWeek: 2,
    input: {
      name: '东莞市长安镇恒达电池批发部',
      contact: '刘经理',
      phone: '13712286450',
      email: 'hengda.battery@qq.com',
      address: '东莞市长安镇霄边第二工业区恒达大厦',
      paymentTerms: '月结30天',
      notes: '诺希、飞毛腿、德赛授权分销',
    },
  },
  {
    supplies: ['accessory'],
    deliveriesPerWeek: 2,
    input: {
      name: '深圳市龙华区优联数码配件经营部',
      contact: '张伟',
      phone: '18620391174',
      email: 'youlian_sz@126.com',
      address: '深圳市龙华区民治街道民乐科技园B栋5楼',
      paymentTerms: '月结30天',
      notes: '绿联、倍思、Anker、品胜等品牌数码配件',
    },
  },
  {
    supplies: ['accessory'],
    deliveriesPerWeek: 1,
    input: {
      name: '义乌市优品手机饰品有限公司',
      contact: '吴丽',
      phone: '15958910283',
      email: 'youpin_yw@163.com',
      address: '浙江省义乌市国际商贸城二区23门3街16028',
      paymentTerms: '现结',
      notes: '手机壳、钢化膜批发，量大从优',
    },
  },
  {
    supplies: ['computer'],
    deliveriesPerWeek: 2,
    input: {
      name: '深圳市南山区联科电脑配件商行',
      contact: '李工',
      phone: '13510927736',
      email: 'lianke_parts@163.com',
      address: '深圳市南山区科技园南区赛格科技园2栋东5楼',
      paymentTerms: '月结45天',
      notes: '笔记本屏幕、电池、键盘、适配器；内存硬盘',
    },
  },
  {
    supplies: ['appliance'],
    deliveriesPerWeek: 2,
    input: {
      name: '佛山市顺德区美家家电配件有限公司',
      contact: '梁先生',
      phone: '0757-22391580',
      email: 'meijia_parts@163.com',
      address: '佛山市顺德区北滘镇工业大道38号',
      paymentTerms: '月结30天',
      notes: '美的、小天鹅、西门子、松下、方太配件',
    },
  },
  {
    supplies: ['haier'],
    deliveriesPerWeek: 1,
    input: {
      name: '海尔售后配件中心（华南仓）',
      contact: '王主管',
      phone: '400-699-9999',
      email: '',
      address: '广州市黄埔区科学城海尔工业园',
      paymentTerms: '月结60天',
      notes: '需报服务商编号下单',
    },
  },
  {
    supplies: ['gree'],
    deliveriesPerWeek: 1,
    input: {
      name: '珠海格力空调配件服务部',
      contact: '周生',
      phone: '0756-8669999',
      email: '',
      address: '珠海市香洲区前山金鸡西路',
      paymentTerms: '月结30天',
      notes: '格力、奥克斯空调配件',
    },
  },
  {
    supplies: ['chip'],
    deliveriesPerWeek: 2,
    input: {
      name: '深圳市立创电子元器件商城',
      contact: '客服',
      phone: '0755-83225566',
      email: 'service@lc-parts.cn',
      address: '深圳市福田区华强北街道深南中路2002号',
      paymentTerms: '现结',
      notes: '芯片、电容电阻、尾插座子',
    },
  },
  {
    supplies: ['tool'],
    deliveriesPerWeek: 1,
    input: {
      name: 'Shenzhen iTools Technology Co., Ltd.',
      contact: 'Amy Zhou',
      phone: '0755-28812345',
      email: 'sales@itools-tech.cn',
      address: 'Bldg 3, Longhua Industrial Park, Longhua District, Shenzhen',
      paymentTerms: '现结',
      notes: 'Glue, solder, screwdrivers, separator wire',
    },
  },
]

// ---- Devices the parts fit ------------------------------------------------------------------

export type DeviceGroup = 'phone' | 'tablet' | 'laptop' | 'watch' | 'audio' | 'console' | 'tv' | 'appliance'

export interface PartModel {
  group: DeviceGroup
  /** As tickets write it (repairData.ts): 'Apple', 'Huawei'... */
  brand: string
  /** The brand as the shop writes it in part names. */
  label: string
  model: string
  /** Release year (or when the shop started stocking its parts). */
  year: number
  /** 0.6 budget, 1 mid-range, 1.6 flagship: scales part costs. */
  tier: number
  /** Relative repair volume while the model is current. */
  popularity: number
  /** For appliances: washer, fridge, ac, microwave, heater, hood. */
  kind?: string
  /** A model whose films and cases also fit this one. */
  sibling?: string
}

type ModelRow = [model: string, year: number, tier: number, popularity: number, sibling?: string]

function phoneModels(brand: string, label: string, rows: ModelRow[]): PartModel[] {
  return rows.map(([model, year, tier, popularity, sibling]) => ({
    group: 'phone',
    brand,
    label,
    model,
    year,
    tier,
    popularity,
    ...(sibling ? { sibling } : {}),
  }))
}

function otherModels(group: DeviceGroup, brand: string, label: string, rows: ModelRow[], kind?: string) {
  return rows.map(([model, year, tier, popularity]): PartModel => ({
    group,
    brand,
    label,
    model,
    year,
    tier,
    popularity,
    ...(kind ? { kind } : {}),
  }))
}

export const partModels: PartModel[] = [
  ...phoneModels('Apple', '', [
    ['iPhone 6s', 2015, 1.0, 0.4],
    ['iPhone 6s Plus', 2015, 1.0, 0.2],
    ['iPhone 7', 2016, 1.1, 0.8],
    ['iPhone 7 Plus', 2016, 1.1, 0.6],
    ['iPhone 8', 2017, 1.2, 1.0],
    ['iPhone 8 Plus', 2017, 1.2, 0.9],
    ['iPhone X', 2017, 1.4, 1.0],
    ['iPhone XR', 2018, 1.2, 1.6],
    ['iPhone XS', 2018, 1.4, 0.7],
    ['iPhone XS Max', 2018, 1.5, 1.0],
    ['iPhone SE (2nd generation)', 2020, 1.0, 0.6],
    ['iPhone 11', 2019, 1.3, 2.6],
    ['iPhone 11 Pro', 2019, 1.5, 1.0],
    ['iPhone 11 Pro Max', 2019, 1.6, 1.2],
    ['iPhone 12 mini', 2020, 1.3, 0.5],
    ['iPhone 12', 2020, 1.4, 2.4, 'iPhone 12 Pro'],
    ['iPhone 12 Pro', 2020, 1.6, 1.2, 'iPhone 12'],
    ['iPhone 12 Pro Max', 2020, 1.7, 1.3],
    ['iPhone 13 mini', 2021, 1.4, 0.5],
    ['iPhone 13', 2021, 1.5, 2.8, 'iPhone 14'],
    ['iPhone 13 Pro', 2021, 1.7, 1.9],
    ['iPhone 13 Pro Max', 2021, 1.8, 1.6],
    ['iPhone SE (3rd generation)', 2022, 1.0, 0.4],
    ['iPhone 14', 2022, 1.5, 2.2, 'iPhone 13'],
    ['iPhone 14 Plus', 2022, 1.6, 0.7],
    ['iPhone 14 Pro', 2022, 1.8, 1.5],
    ['iPhone 14 Pro Max', 2022, 1.9, 2.0],
    ['iPhone 15', 2023, 1.6, 2.2],
    ['iPhone 15 Plus', 2023, 1.6, 0.7],
    ['iPhone 15 Pro', 2023, 1.9, 2.0],
    ['iPhone 15 Pro Max', 2023, 2.0, 1.8],
    ['iPhone 16', 2024, 1.6, 1.4],
    ['iPhone 16 Plus', 2024, 1.7, 0.5],
    ['iPhone 16 Pro', 2024, 1.9, 1.2],
    ['iPhone 16 Pro Max', 2024, 2.0, 1.8],
  ]),
  ...phoneModels('Huawei', '华为', [
    ['P20', 2018, 1.0, 0.4],
    ['P20 Pro', 2018, 1.2, 0.4],
    ['Mate 20', 2018, 1.1, 0.5],
    ['Mate 20 Pro', 2018, 1.3, 0.6],
    ['P30', 2019, 1.1, 0.8],
    ['P30 Pro', 2019, 1.3, 1.0],
    ['Mate 30', 2019, 1.2, 0.8],
    ['Mate 30 Pro', 2019, 1.4, 1.1],
    ['P40', 2020, 1.2, 0.8],
    ['P40 Pro', 2020, 1.4, 1.0],
    ['Mate 40', 2020, 1.3, 0.9],
    ['Mate 40 Pro', 2020, 1.5, 1.8],
    ['nova 7', 2020, 0.9, 0.8],
    ['nova 8', 2020, 0.9, 0.9],
    ['nova 9', 2021, 0.9, 1.0],
    ['P50', 2021, 1.4, 1.4],
    ['P50 Pro', 2021, 1.6, 0.8],
    ['nova 10', 2022, 1.0, 1.5],
    ['Mate 50', 2022, 1.5, 1.5],
    ['Mate 50 Pro', 2022, 1.7, 0.9],
    ['nova 11', 2023, 1.0, 1.5],
    ['P60', 2023, 1.5, 0.7],
    ['P60 Pro', 2023, 1.7, 1.4],
    ['Mate X3', 2023, 2.2, 0.3],
    ['Mate 60', 2023, 1.6, 1.2],
    ['Mate 60 Pro', 2023, 1.8, 1.9],
    ['nova 12', 2023, 1.0, 0.8],
    ['nova 12 Pro', 2023, 1.1, 1.4],
    ['Pura 70', 2024, 1.6, 0.9],
    ['Pura 70 Pro', 2024, 1.8, 0.8],
    ['Mate 70 Pro', 2024, 1.9, 0.8],
  ]),
  ...phoneModels('Honor', '荣耀', [
    ['20', 2019, 0.9, 0.4],
    ['30', 2020, 0.9, 0.6],
    ['50', 2021, 0.9, 0.8],
    ['60', 2021, 0.9, 0.8],
    ['70', 2022, 0.9, 1.2],
    ['80', 2022, 1.0, 0.9],
    ['80 Pro', 2022, 1.1, 1.1],
    ['90', 2023, 1.0, 1.2],
    ['90 Pro', 2023, 1.1, 0.5],
    ['100', 2023, 1.0, 0.6],
    ['Magic4 Pro', 2022, 1.4, 0.4],
    ['Magic5', 2023, 1.3, 1.0],
    ['Magic5 Pro', 2023, 1.5, 0.5],
    ['Magic6 Pro', 2024, 1.6, 1.0],
    ['X40', 2022, 0.7, 0.7],
    ['X50', 2023, 0.7, 1.1],
    ['Play 7T', 2023, 0.5, 0.4],
  ]),
  ...phoneModels('Xiaomi', '小米', [
    ['9', 2019, 1.0, 0.4],
    ['10', 2020, 1.1, 0.6],
    ['11', 2021, 1.2, 0.8],
    ['12', 2021, 1.2, 1.0],
    ['12 Pro', 2021, 1.3, 0.5],
    ['13', 2022, 1.2, 1.2],
    ['13 Pro', 2022, 1.4, 0.5],
    ['14', 2023, 1.3, 1.2],
    ['14 Pro', 2023, 1.4, 0.5],
    ['14 Ultra', 2023, 1.7, 0.9],
    ['15', 2024, 1.3, 0.8],
    ['Redmi Note 9', 2020, 0.5, 0.7],
    ['Redmi Note 10 Pro', 2021, 0.6, 0.6],
    ['Redmi Note 11', 2021, 0.6, 1.2],
    ['Redmi Note 11 Pro', 2022, 0.7, 0.6],
    ['Redmi Note 12', 2022, 0.6, 0.9],
    ['Redmi Note 12 Turbo', 2023, 0.7, 1.1],
    ['Redmi Note 13 Pro', 2023, 0.7, 0.9],
    ['Redmi K40', 2021, 0.8, 0.8],
    ['Redmi K50', 2022, 0.8, 0.7],
    ['Redmi K60', 2023, 0.9, 1.1],
    ['Redmi K70', 2023, 0.9, 1.1],
    ['Redmi 12C', 2023, 0.4, 0.5],
    ['Redmi 13C', 2023, 0.4, 0.4],
  ]),
  ...phoneModels('OPPO', 'OPPO', [
    ['R17', 2018, 0.9, 0.3],
    ['Reno', 2019, 0.9, 0.4],
    ['Reno4', 2020, 0.9, 0.6],
    ['Reno5', 2020, 0.9, 0.7],
    ['Reno6', 2021, 0.9, 0.8],
    ['Reno7', 2021, 0.9, 0.8],
    ['Reno8', 2022, 1.0, 1.2],
    ['Reno8 Pro', 2022, 1.1, 0.5],
    ['Reno9', 2022, 1.0, 0.7],
    ['Reno10', 2023, 1.0, 0.6],
    ['Reno10 Pro', 2023, 1.1, 1.1],
    ['Reno11', 2023, 1.0, 1.2],
    ['Reno12', 2024, 1.0, 0.8],
    ['Find X3', 2021, 1.4, 0.4],
    ['Find X5', 2022, 1.4, 0.5],
    ['Find X6', 2023, 1.5, 1.0],
    ['Find X7', 2024, 1.6, 1.0],
    ['A58', 2023, 0.5, 1.0],
    ['A1', 2023, 0.5, 0.4],
    ['K10', 2022, 0.7, 0.4],
    ['K11', 2023, 0.7, 0.4],
  ]),
  ...phoneModels('vivo', 'vivo', [
    ['X27', 2019, 0.9, 0.3],
    ['X60', 2021, 1.0, 0.6],
    ['X70', 2021, 1.1, 0.6],
    ['X80', 2022, 1.3, 1.0],
    ['X90', 2022, 1.4, 1.1],
    ['X100', 2023, 1.5, 1.2],
    ['X100 Pro', 2023, 1.7, 0.6],
    ['S12', 2021, 0.9, 0.5],
    ['S15', 2022, 0.9, 0.6],
    ['S16', 2022, 0.9, 1.0],
    ['S17', 2023, 0.9, 0.7],
    ['S18', 2023, 0.9, 1.0],
    ['Y35', 2022, 0.5, 0.5],
    ['Y78', 2023, 0.5, 1.0],
    ['iQOO 9', 2022, 1.1, 0.5],
    ['iQOO 10', 2022, 1.1, 0.5],
    ['iQOO 11', 2022, 1.2, 1.0],
    ['iQOO 12', 2023, 1.3, 1.0],
    ['iQOO Neo7', 2022, 0.8, 0.6],
    ['iQOO Neo8', 2023, 0.8, 0.6],
    ['iQOO Z7', 2023, 0.6, 0.4],
  ]),
  ...phoneModels('Samsung', '三星', [
    ['Galaxy S10', 2019, 1.3, 0.3],
    ['Galaxy Note 10', 2019, 1.4, 0.3],
    ['Galaxy S20', 2020, 1.4, 0.4],
    ['Galaxy Note 20 Ultra', 2020, 1.7, 0.4],
    ['Galaxy S21', 2021, 1.4, 0.5],
    ['Galaxy S22', 2022, 1.5, 0.7],
    ['Galaxy S22 Ultra', 2022, 1.8, 0.5],
    ['Galaxy S23', 2023, 1.5, 0.7],
    ['Galaxy S23 Ultra', 2023, 1.9, 0.6],
    ['Galaxy S24', 2024, 1.6, 0.6],
    ['Galaxy S24 Ultra', 2024, 2.0, 0.5],
    ['Galaxy A53', 2022, 0.7, 0.3],
    ['Galaxy A54', 2023, 0.7, 0.5],
    ['Galaxy Z Flip4', 2022, 2.0, 0.3],
    ['Galaxy Z Flip5', 2023, 2.1, 0.5],
    ['Galaxy Z Fold5', 2023, 2.4, 0.2],
  ]),
  ...phoneModels('OnePlus', '一加', [
    ['9', 2021, 1.1, 0.3],
    ['10 Pro', 2022, 1.3, 0.3],
    ['11', 2023, 1.3, 0.6],
    ['12', 2024, 1.4, 0.6],
    ['Ace 2', 2023, 0.9, 0.6],
    ['Ace 3', 2024, 0.9, 0.4],
  ]),
  ...phoneModels('realme', '真我', [
    ['GT Neo5', 2023, 0.9, 0.6],
    ['GT Neo6', 2024, 0.9, 0.3],
    ['11 Pro', 2023, 0.8, 0.5],
    ['12 Pro', 2024, 0.8, 0.3],
  ]),
  ...otherModels('tablet', 'Apple', '', [
    ['iPad (9th generation)', 2021, 1.0, 1.5],
    ['iPad (10th generation)', 2022, 1.1, 0.8],
    ['iPad Air 4', 2020, 1.2, 0.6],
    ['iPad Air 5', 2022, 1.3, 1.2],
    ['iPad Pro 11', 2021, 1.6, 1.2],
    ['iPad Pro 12.9', 2021, 1.8, 0.5],
    ['iPad mini 6', 2021, 1.1, 1.0],
  ]),
  ...otherModels('tablet', 'Huawei', '华为', [
    ['MatePad 11', 2021, 1.0, 1.0],
    ['MatePad Pro 12.6', 2021, 1.4, 0.7],
    ['MatePad Air', 2023, 1.1, 0.5],
  ]),
  ...otherModels('tablet', 'Xiaomi', '小米', [
    ['Pad 5', 2021, 0.9, 0.5],
    ['Pad 6', 2023, 0.9, 0.8],
    ['Redmi Pad', 2022, 0.6, 0.6],
  ]),
  ...otherModels('laptop', 'Lenovo', '联想', [
    ['ThinkPad X1 Carbon', 2021, 1.6, 1.0],
    ['ThinkPad E14', 2020, 1.0, 1.2],
    ['ThinkPad T14', 2021, 1.2, 0.6],
    ['拯救者 Y9000P', 2022, 1.4, 1.0],
    ['小新 Pro 14', 2021, 1.0, 1.2],
    ['YOGA 14s', 2021, 1.1, 0.5],
  ]),
  ...otherModels('laptop', 'Apple', '', [
    ['MacBook Air M1', 2020, 1.5, 1.0],
    ['MacBook Air M2', 2022, 1.6, 0.9],
    ['MacBook Pro 13', 2020, 1.6, 0.5],
    ['MacBook Pro 14', 2021, 1.9, 0.7],
  ]),
  ...otherModels('laptop', 'Huawei', '华为', [
    ['MateBook 14', 2021, 1.1, 0.8],
    ['MateBook X Pro', 2022, 1.5, 0.5],
    ['MateBook D14', 2021, 0.9, 0.6],
  ]),
  ...otherModels('laptop', 'Dell', '戴尔', [
    ['XPS 13', 2020, 1.5, 0.5],
    ['Inspiron 14', 2021, 0.9, 0.6],
    ['Vostro 3400', 2020, 0.8, 0.4],
  ]),
  ...otherModels('laptop', 'HP', '惠普', [
    ['暗影精灵9', 2023, 1.2, 0.6],
    ['战66', 2021, 1.0, 0.6],
    ['星14', 2021, 0.9, 0.4],
  ]),
  ...otherModels('laptop', 'ASUS', '华硕', [
    ['天选4', 2023, 1.2, 0.6],
    ['无畏Pro14', 2022, 1.0, 0.6],
    ['ROG 枪神7', 2023, 1.6, 0.3],
  ]),
  ...otherModels('watch', 'Apple', '', [
    ['Watch Series 7', 2021, 1.2, 0.6],
    ['Watch Series 8', 2022, 1.2, 0.9],
    ['Watch Series 9', 2023, 1.3, 0.9],
    ['Watch SE', 2022, 1.0, 0.5],
  ]),
  ...otherModels('watch', 'Huawei', '华为', [
    ['Watch GT 3', 2021, 0.9, 0.5],
    ['Watch GT 4', 2023, 1.0, 0.8],
    ['Watch 4 Pro', 2023, 1.2, 0.6],
    ['Band 8', 2023, 0.4, 0.4],
  ]),
  ...otherModels('watch', 'Xiaomi', '小米', [['Watch S3', 2023, 0.8, 0.5]]),
  ...otherModels('audio', 'Apple', '', [
    ['AirPods 2', 2019, 0.8, 0.6],
    ['AirPods 3', 2021, 0.9, 0.8],
    ['AirPods Pro 2', 2022, 1.1, 1.2],
  ]),
  ...otherModels('audio', 'Huawei', '华为', [
    ['FreeBuds Pro 3', 2023, 1.0, 0.8],
    ['FreeBuds 5', 2023, 0.9, 0.4],
  ]),
  ...otherModels('audio', 'Sony', '索尼', [
    ['WH-1000XM4', 2020, 1.0, 0.3],
    ['WH-1000XM5', 2022, 1.1, 0.5],
  ]),
  ...otherModels('console', 'Nintendo', '任天堂', [
    ['Switch', 2017, 1.0, 0.7],
    ['Switch OLED', 2021, 1.1, 0.8],
    ['Switch Lite', 2019, 0.8, 0.4],
  ]),
  ...otherModels('console', 'Sony', '索尼', [['PS5', 2020, 1.4, 0.5]]),
  ...otherModels('tv', 'TCL', 'TCL', [
    ['65Q10G', 2022, 1.3, 0.5],
    ['55V8G', 2022, 1.0, 0.5],
    ['65V8E', 2021, 1.0, 0.3],
  ]),
  ...otherModels('tv', 'Xiaomi', '小米', [
    ['电视 S Pro 65', 2023, 1.2, 0.4],
    ['Redmi A55', 2022, 0.7, 0.3],
  ]),
  ...otherModels('tv', 'Hisense', '海信', [
    ['65E7K', 2023, 1.2, 0.3],
    ['55E3F', 2021, 0.8, 0.3],
  ]),
  ...otherModels('tv', 'Skyworth', '创维', [['55A3', 2021, 0.8, 0.3]]),
  ...otherModels('appliance', 'Midea', '美的', [['MG25NK-01', 2021, 1.0, 0.5]], 'microwave'),
  ...otherModels('appliance', 'Midea', '美的', [['M1-L213C', 2020, 0.8, 0.3]], 'microwave'),
  ...otherModels(
    'appliance',
    'Midea',
    '美的',
    [
      ['KFR-35GW', 2020, 1.0, 0.6],
      ['KFR-26GW/N8XHC1', 2021, 1.0, 0.4],
      ['KFR-72LW/N8MJA3', 2022, 1.4, 0.3],
    ],
    'ac',
  ),
  ...otherModels(
    'appliance',
    'Midea',
    '美的',
    [
      ['MB100V33B', 2021, 0.9, 0.4],
      ['MG100V58WT', 2022, 1.1, 0.4],
    ],
    'washer',
  ),
  ...otherModels('appliance', 'Midea', '美的', [['BCD-516WKPZM', 2021, 1.2, 0.4]], 'fridge'),
  ...otherModels('appliance', 'Midea', '美的', [['F6032-JE5(HE)', 2021, 0.8, 0.3]], 'heater'),
  ...otherModels('appliance', 'Midea', '美的', [['CXW-280-J25', 2021, 1.0, 0.2]], 'hood'),
  ...otherModels(
    'appliance',
    'LittleSwan',
    '小天鹅',
    [
      ['TG100V88WMUIADY5', 2021, 1.2, 0.4],
      ['TD100V86WMADT5', 2022, 1.1, 0.3],
    ],
    'washer',
  ),
  ...otherModels(
    'appliance',
    'Haier',
    '海尔',
    [
      ['EG100MATE29', 2021, 1.0, 0.6],
      ['EG100HB129S', 2022, 1.1, 0.4],
      ['XQB90-BM1269', 2020, 0.7, 0.4],
    ],
    'washer',
  ),
  ...otherModels(
    'appliance',
    'Haier',
    '海尔',
    [
      ['BCD-470WGHTD', 2021, 1.2, 0.5],
      ['BCD-216STPT', 2020, 0.8, 0.4],
    ],
    'fridge',
  ),
  ...otherModels('appliance', 'Haier', '海尔', [['KFR-35GW/05EDS83', 2021, 1.0, 0.4]], 'ac'),
  ...otherModels('appliance', 'Haier', '海尔', [['EC6002-MC3', 2020, 0.8, 0.4]], 'heater'),
  ...otherModels(
    'appliance',
    'Gree',
    '格力',
    [
      ['KFR-35GW/NhGc1B', 2021, 1.1, 0.6],
      ['KFR-26GW/(26592)FNhAa-B1', 2020, 1.0, 0.4],
      ['KFR-72LW/NhIb1BAj', 2022, 1.4, 0.3],
    ],
    'ac',
  ),
  ...otherModels('appliance', 'AUX', '奥克斯', [['KFR-35GW/BpR3AQE1(B1)', 2021, 0.8, 0.3]], 'ac'),
  ...otherModels('appliance', 'Siemens', '西门子', [['WM12P2602W', 2021, 1.3, 0.3]], 'washer'),
  ...otherModels('appliance', 'Panasonic', '松下', [['NA-FD10X1', 2021, 1.1, 0.2]], 'washer'),
  ...otherModels('appliance', 'Fotile', '方太', [['CXW-258-JQ26TS', 2021, 1.3, 0.2]], 'hood'),
]

/** How the shop writes a model in a part's name: 'iPhone 13', '华为 Mate 40 Pro', '小米 Redmi K60'. */
export function modelLabel(model: PartModel): string {
  return model.label ? `${model.label} ${model.model}` : model.model
}

/** A short code of a model for SKUs: 'iPhone 13 Pro Max' → 'IP13PM', 'Mate 40 Pro' → 'M40P'. */
function modelCode(model: PartModel): string {
  const words: Record<string, string> = {
    iphone: 'IP',
    ipad: 'IPAD',
    pro: 'P',
    max: 'M',
    plus: 'PL',
    mini: 'MN',
    ultra: 'U',
    note: 'N',
    redmi: 'R',
    galaxy: '',
    watch: 'W',
    series: 'S',
    macbook: 'MB',
    air: 'A',
    thinkpad: 'TP',
    matepad: 'MP',
    matebook: 'MBK',
    freebuds: 'FB',
    airpods: 'AP',
    switch: 'NS',
    oled: 'OLED',
    lite: 'L',
    carbon: 'C',
    generation: '',
    mate: 'M',
    nova: 'NV',
    reno: 'R',
    find: 'F',
    magic: 'MG',
    iqoo: 'IQ',
    neo: 'N',
    '(2nd': '2',
    '(3rd': '3',
    '(9th': '9',
    '(10th': '10',
  }
  const brandCode: Record<string, string> = {
    Apple: '',
    Huawei: 'HW',
    Honor: 'HN',
    Xiaomi: 'MI',
    OPPO: 'OP',
    vivo: 'VV',
    Samsung: 'SS',
    OnePlus: '1P',
    realme: 'RL',
    Lenovo: 'LX',
    Dell: 'DL',
    HP: 'HP',
    ASUS: 'AS',
    Sony: 'SN',
    Nintendo: '',
    TCL: 'TCL',
    Hisense: 'HS',
    Skyworth: 'SKW',
    Midea: 'MD',
    LittleSwan: 'XTE',
    Haier: 'HE',
    Gree: 'GL',
    AUX: 'AUX',
    Siemens: 'SM',
    Panasonic: 'PN',
    Fotile: 'FT',
  }
  const body =
    model.group === 'appliance' || model.group === 'tv'
      ? model.model.replace(/[^A-Za-z0-9]/g, '').slice(0, 10)
      : model.model
          .split(/\s+/)
          .map((word) => {
            const known = words[word.toLowerCase()]
            if (known !== undefined) return known
            if (/^\d/.test(word)) return word.replace(/[^0-9A-Za-z]/g, '')
            if (/[\u4e00-\u9fff]/.test(word)) return word.replace(/[^A-Za-z0-9]/g, '') || 'X'
            const letters = word.replace(/[^A-Za-z]/g, '')
            return letters.slice(0, 3) + word.replace(/[^0-9]/g, '')
          })
          .join('')
  return ((brandCode[model.brand] ?? model.brand.slice(0, 2)) + body).toUpperCase()
}

// ---- Part types -----------------------------------------------------------------------------

export const partCategories = [
  '屏幕',
  '电池',
  '排线',
  '摄像头',
  '小件',
  '外壳',
  '主板',
  '芯片元件',
  '手机配件',
  '耗材工具',
  '电脑配件',
  '平板配件',
  '穿戴配件',
  '游戏机配件',
  '电视配件',
  '家电配件',
] as const
export type PartCategory = (typeof partCategories)[number]

/** Where each category is shelved: a zone letter; bins are zone-rack-level. */
const zoneOf: Record<PartCategory, string> = {
  屏幕: 'A',
  电池: 'B',
  排线: 'C',
  摄像头: 'C',
  小件: 'D',
  外壳: 'E',
  主板: 'F',
  芯片元件: 'F',
  手机配件: 'G',
  耗材工具: 'H',
  电脑配件: 'J',
  平板配件: 'J',
  穿戴配件: 'J',
  游戏机配件: 'J',
  电视配件: 'L',
  家电配件: 'K',
}

interface Variant {
  code: string
  zh: string
  en: string
  /** The part's maker when it is not the device's. */
  maker?: string
  cost: number
}

export interface PartType {
  key: string
  category: PartCategory
  code: string
  zh: string
  en: string
  unit: string
  /** Cost in yuan of the base variant for a mid-range model. */
  cost: number
  variants: Variant[]
  colours?: boolean
  /** Share of repairs of this device group that use this type. */
  repair: number
  /** Relative counter sales (accessories high, parts sold to other repairers low). */
  sale: number
  /** The shop's markup over cost. */
  markup: number
  serialized?: boolean
  supply: Supply
  /** Which models get it: all, flagships (tier ≥ 1.3), Apple only, Android only. */
  only?: 'flagship' | 'apple' | 'android' | 'faceId' | 'notFaceId'
}

const v = (code: string, zh: string, en: string, cost: number, maker?: string): Variant => ({
  code,
  zh,
  en,
  cost,
  ...(maker ? { maker } : {}),
})
const single = [v('', '', '', 1)]

const phoneTypes: PartType[] = [
  {
    key: 'screen',
    category: '屏幕',
    code: 'LCD',
    zh: '屏幕总成',
    en: 'Screen Assembly',
    unit: '个',
    cost: 260,
    variants: [
      v('ORI', '原装', 'Original', 2.1),
      v('REF', '原拆', 'Pulled Original', 1.5),
      v('OLED', 'OLED', 'OLED', 1, '京东方'),
      v('FRM', '带框', 'With Frame', 1.15),
      v('HOLED', '硬屏OLED', 'Hard OLED', 0.85, '天马'),
      v('INC', 'incell', 'Incell', 0.5, 'JK'),
    ],
    repair: 38,
    sale: 2,
    markup: 1.8,
    supply: 'phone',
  },
  {
    key: 'battery',
    category: '电池',
    code: 'BAT',
    zh: '电池',
    en: 'Battery',
    unit: '块',
    cost: 55,
    variants: [
      v('ORI', '原装', 'Original', 1.7),
      v('NH', '诺希', 'Nohon', 1, '诺希'),
      v('SCUD', '飞毛腿', 'SCUD', 0.9, '飞毛腿'),
      v('DS', '德赛', 'Desay', 1.1, '德赛'),
      v('HC', '扩容版', 'High Capacity', 1.25, '诺希'),
    ],
    repair: 24,
    sale: 2,
    markup: 2.2,
    supply: 'battery',
  },
  {
    key: 'port',
    category: '排线',
    code: 'FPC',
    zh: '尾插排线',
    en: 'Charging Port Flex',
    unit: '条',
    cost: 22,
    variants: [v('ORI', '原装', 'Original', 1.8), v('', '', '', 1)],
    repair: 9,
    sale: 1,
    markup: 3,
    supply: 'phone',
  },
  {
    key: 'backGlass',
    category: '外壳',
    code: 'BKG',
    zh: '后盖玻璃',
    en: 'Back Glass',
    unit: '片',
    cost: 38,
    variants: single,
    colours: true,
    repair: 7,
    sale: 0.5,
    markup: 3,
    supply: 'phone',
  },
  {
    key: 'rearCamera',
    category: '摄像头',
    code: 'CAM',
    zh: '后置摄像头',
    en: 'Rear Camera',
    unit: '个',
    cost: 120,
    variants: single,
    repair: 4,
    sale: 0.3,
    markup: 2,
    supply: 'phone',
  },
  {
    key: 'frontCamera',
    category: '摄像头',
    code: 'FCAM',
    zh: '前置摄像头',
    en: 'Front Camera',
    unit: '个',
    cost: 45,
    variants: single,
    repair: 2,
    sale: 0.2,
    markup: 2.2,
    supply: 'phone',
  },
  {
    key: 'lensGlass',
    category: '摄像头',
    code: 'LNS',
    zh: '后摄像头镜片',
    en: 'Rear Camera Lens Glass',
    unit: '个',
    cost: 6,
    variants: single,
    repair: 3,
    sale: 0.3,
    markup: 6,
    supply: 'phone',
  },
  {
    key: 'signalFlex',
    category: '排线',
    code: 'ANT',
    zh: '信号排线',
    en: 'Antenna Flex',
    unit: '条',
    cost: 10,
    variants: single,
    repair: 1,
    sale: 0.1,
    markup: 3.5,
    supply: 'phone',
  },
  {
    key: 'mainFlex',
    category: '排线',
    code: 'MFX',
    zh: '主板连接排线',
    en: 'Mainboard Interconnect Flex',
    unit: '条',
    cost: 14,
    variants: single,
    repair: 1,
    sale: 0.1,
    markup: 3.5,
    supply: 'phone',
    only: 'android',
  },
  {
    key: 'buttons',
    category: '小件',
    code: 'BTN',
    zh: '侧键',
    en: 'Side Buttons',
    unit: '套',
    cost: 5,
    variants: single,
    colours: true,
    repair: 0.5,
    sale: 0.2,
    markup: 5,
    supply: 'phone',
  },
  {
    key: 'earpiece',
    category: '小件',
    code: 'EAR',
    zh: '听筒',
    en: 'Earpiece Speaker',
    unit: '个',
    cost: 14,
    variants: single,
    repair: 3,
    sale: 0.3,
    markup: 3,
    supply: 'phone',
  },
  {
    key: 'speaker',
    category: '小件',
    code: 'SPK',
    zh: '扬声器',
    en: 'Loudspeaker',
    unit: '个',
    cost: 18,
    variants: single,
    repair: 3,
    sale: 0.3,
    markup: 3,
    supply: 'phone',
  },
  {
    key: 'motor',
    category: '小件',
    code: 'VIB',
    zh: '振动马达',
    en: 'Vibration Motor',
    unit: '个',
    cost: 16,
    variants: single,
    repair: 1,
    sale: 0.1,
    markup: 3,
    supply: 'phone',
  },
  {
    key: 'powerFlex',
    category: '排线',
    code: 'PWR',
    zh: '开机排线',
    en: 'Power Button Flex',
    unit: '条',
    cost: 12,
    variants: single,
    repair: 1.5,
    sale: 0.2,
    markup: 3.5,
    supply: 'phone',
  },
  {
    key: 'volumeFlex',
    category: '排线',
    code: 'VOL',
    zh: '音量排线',
    en: 'Volume Button Flex',
    unit: '条',
    cost: 11,
    variants: single,
    repair: 1,
    sale: 0.1,
    markup: 3.5,
    supply: 'phone',
  },
  {
    key: 'frame',
    category: '外壳',
    code: 'FRM',
    zh: '中框',
    en: 'Middle Frame',
    unit: '个',
    cost: 90,
    variants: single,
    colours: true,
    repair: 1.5,
    sale: 0.1,
    markup: 2.2,
    supply: 'phone',
  },
  {
    key: 'simTray',
    category: '小件',
    code: 'SIM',
    zh: '卡托',
    en: 'SIM Tray',
    unit: '个',
    cost: 4,
    variants: single,
    colours: true,
    repair: 0.5,
    sale: 1,
    markup: 5,
    supply: 'phone',
  },
  {
    key: 'faceId',
    category: '排线',
    code: 'FID',
    zh: '面容点阵排线',
    en: 'Face ID Dot Projector Flex',
    unit: '条',
    cost: 110,
    variants: single,
    repair: 1,
    sale: 0.1,
    markup: 2.2,
    supply: 'phone',
    only: 'faceId',
  },
  {
    key: 'fingerprint',
    category: '排线',
    code: 'FPR',
    zh: '指纹排线',
    en: 'Fingerprint Sensor Flex',
    unit: '条',
    cost: 30,
    variants: single,
    repair: 1,
    sale: 0.1,
    markup: 2.5,
    supply: 'phone',
    only: 'notFaceId',
  },
  {
    key: 'coil',
    category: '排线',
    code: 'NFC',
    zh: '无线充电NFC线圈',
    en: 'Wireless Charging Coil',
    unit: '个',
    cost: 25,
    variants: single,
    repair: 0.5,
    sale: 0.05,
    markup: 3,
    supply: 'phone',
    only: 'flagship',
  },
  {
    key: 'board',
    category: '主板',
    code: 'MB',
    zh: '主板',
    en: 'Logic Board',
    unit: '块',
    cost: 900,
    variants: [v('128G', '128G', '128GB', 1), v('256G', '256G', '256GB', 1.2)],
    repair: 0.4,
    sale: 0.02,
    markup: 1.4,
    serialized: true,
    supply: 'phone',
    only: 'flagship',
  },
  {
    key: 'adhesive',
    category: '耗材工具',
    code: 'ADH',
    zh: '屏幕防水胶',
    en: 'Screen Adhesive',
    unit: '片',
    cost: 1.5,
    variants: single,
    repair: 0,
    sale: 0.5,
    markup: 5,
    supply: 'phone',
  },
  {
    key: 'film',
    category: '手机配件',
    code: 'TG',
    zh: '钢化膜',
    en: 'Tempered Glass Protector',
    unit: '张',
    cost: 3,
    variants: [
      v('HD', '高清', 'HD Clear', 1),
      v('FS', '全屏', 'Full Cover', 1.4),
      v('PV', '防窥', 'Privacy', 2),
      v('AB', '抗蓝光', 'Anti Blue Light', 1.6),
      v('MT', '磨砂', 'Matte', 1.3),
    ],
    repair: 0,
    sale: 30,
    markup: 8,
    supply: 'accessory',
  },
  {
    key: 'case',
    category: '手机配件',
    code: 'CS',
    zh: '手机壳',
    en: 'Phone Case',
    unit: '个',
    cost: 8,
    variants: [
      v('CLR', '透明', 'Clear', 1),
      v('SIL', '液态硅胶', 'Silicone', 1.5),
      v('MAG', '磁吸', 'MagSafe', 2.5),
      v('FLP', '翻盖皮套', 'Leather Flip', 2.2),
    ],
    colours: true,
    repair: 0,
    sale: 18,
    markup: 5,
    supply: 'accessory',
  },
  {
    key: 'lensFilm',
    category: '手机配件',
    code: 'LF',
    zh: '镜头膜',
    en: 'Camera Lens Protector',
    unit: '张',
    cost: 2,
    variants: single,
    repair: 0,
    sale: 6,
    markup: 8,
    supply: 'accessory',
  },
]

function groupType(
  key: string,
  category: PartCategory,
  code: string,
  zh: string,
  en: string,
  unit: string,
  cost: number,
  repair: number,
  supply: Supply,
  options: Partial<PartType> = {},
): PartType {
  return {
    key,
    category,
    code,
    zh,
    en,
    unit,
    cost,
    variants: single,
    repair,
    sale: 0.3,
    markup: 2,
    supply,
    ...options,
  }
}

const tabletTypes: PartType[] = [
  groupType('screen', '平板配件', 'LCD', '屏幕总成', 'Screen Assembly', '个', 420, 30, 'phone', {
    variants: [v('ORI', '原装', 'Original', 1.6), v('', '', '', 1)],
  }),
  groupType('glass', '平板配件', 'DGT', '外屏玻璃', 'Digitizer Glass', '片', 90, 15, 'phone'),
  groupType('battery', '平板配件', 'BAT', '电池', 'Battery', '块', 110, 22, 'battery'),
  groupType('port', '平板配件', 'FPC', '尾插排线', 'Charging Port Flex', '条', 35, 8, 'phone'),
  groupType('film', '平板配件', 'TG', '钢化膜', 'Tempered Glass Protector', '张', 6, 0, 'accessory', {
    sale: 6,
    markup: 6,
  }),
  groupType('cover', '平板配件', 'CV', '保护套', 'Smart Cover', '个', 25, 0, 'accessory', {
    sale: 4,
    markup: 3,
  }),
  groupType('keyboard', '平板配件', 'KB', '键盘保护套', 'Keyboard Case', '个', 120, 0, 'accessory', {
    sale: 0.8,
    markup: 2,
  }),
]

const laptopTypes: PartType[] = [
  groupType('screen', '电脑配件', 'LCD', '液晶屏', 'LCD Panel', '块', 480, 18, 'computer'),
  groupType('battery', '电脑配件', 'BAT', '电池', 'Battery', '块', 180, 22, 'computer'),
  groupType('keyboard', '电脑配件', 'KB', '键盘', 'Keyboard', '个', 120, 14, 'computer', {
    variants: [v('CN', '中文', 'Chinese', 1), v('BL', '背光', 'Backlit', 1.3)],
  }),
  groupType('adapter', '电脑配件', 'ADP', '电源适配器', 'Power Adapter', '个', 90, 6, 'computer', {
    sale: 3,
  }),
  groupType('fan', '电脑配件', 'FAN', '散热风扇', 'Cooling Fan', '个', 55, 8, 'computer'),
  groupType('hinge', '电脑配件', 'HNG', '屏轴', 'Hinge Set', '对', 45, 4, 'computer'),
  groupType('touchpad', '电脑配件', 'TPD', '触控板', 'Touchpad', '个', 95, 3, 'computer'),
  groupType('cable', '电脑配件', 'EDP', '屏线', 'Display Cable', '条', 35, 3, 'computer'),
]

const watchTypes: PartType[] = [
  groupType('screen', '穿戴配件', 'LCD', '屏幕总成', 'Display Assembly', '个', 220, 40, 'phone'),
  groupType('battery', '穿戴配件', 'BAT', '电池', 'Battery', '块', 45, 35, 'battery'),
  groupType('band', '穿戴配件', 'BND', '表带', 'Watch Band', '条', 15, 0, 'accessory', {
    colours: true,
    sale: 4,
    markup: 5,
  }),
  groupType('charger', '穿戴配件', 'CHG', '充电器', 'Charger', '个', 20, 5, 'accessory', { sale: 2 }),
]

const audioTypes: PartType[] = [
  groupType('left', '穿戴配件', 'L', '左耳', 'Left Earbud', '只', 180, 30, 'original'),
  groupType('right', '穿戴配件', 'R', '右耳', 'Right Earbud', '只', 180, 30, 'original'),
  groupType('case', '穿戴配件', 'CASE', '充电仓', 'Charging Case', '个', 220, 20, 'original'),
  groupType('battery', '穿戴配件', 'BAT', '电池', 'Battery', '块', 25, 15, 'battery'),
  groupType('tips', '穿戴配件', 'TIP', '耳塞套', 'Ear Tips', '对', 5, 0, 'accessory', { sale: 3, markup: 5 }),
]

const consoleTypes: PartType[] = [
  groupType('stick', '游戏机配件', 'JOY', '摇杆', 'Analog Stick', '个', 18, 40, 'phone', { sale: 2 }),
  groupType('fan', '游戏机配件', 'FAN', '散热风扇', 'Cooling Fan', '个', 45, 15, 'phone'),
  groupType('slot', '游戏机配件', 'SLOT', '卡槽', 'Game Card Slot', '个', 35, 12, 'phone'),
  groupType('port', '游戏机配件', 'PORT', '充电口/HDMI接口', 'Charging / HDMI Port', '个', 15, 18, 'chip'),
  groupType('battery', '游戏机配件', 'BAT', '电池', 'Battery', '块', 60, 10, 'battery'),
]

const tvTypes: PartType[] = [
  groupType('backlight', '电视配件', 'LED', '背光灯条', 'LED Backlight Strips', '套', 85, 40, 'appliance'),
  groupType('power', '电视配件', 'PWB', '电源板', 'Power Board', '块', 130, 25, 'appliance'),
  groupType('main', '电视配件', 'MB', '主板', 'Main Board', '块', 260, 15, 'appliance'),
  groupType('tcon', '电视配件', 'TCON', 'T-CON逻辑板', 'T-CON Board', '块', 95, 10, 'appliance'),
  groupType('remote', '电视配件', 'RC', '遥控器', 'Remote Control', '个', 18, 8, 'appliance', { sale: 3 }),
]

/** Household appliance parts by what the appliance is. */
const applianceTypes: Record<string, PartType[]> = {
  washer: [
    groupType('pump', '家电配件', 'PMP', '排水泵', 'Drain Pump', '个', 45, 20, 'appliance'),
    groupType('valve', '家电配件', 'VLV', '进水阀', 'Inlet Valve', '个', 30, 12, 'appliance'),
    groupType('lock', '家电配件', 'LCK', '门锁', 'Door Lock', '个', 35, 14, 'appliance'),
    groupType('board', '家电配件', 'PCB', '电脑板', 'Control Board', '块', 180, 14, 'appliance'),
    groupType('motor', '家电配件', 'MTR', '电机', 'Drive Motor', '个', 320, 6, 'appliance'),
    groupType('belt', '家电配件', 'BLT', '皮带', 'Drive Belt', '条', 15, 8, 'appliance'),
    groupType('damper', '家电配件', 'DMP', '减震器', 'Shock Absorber', '个', 25, 8, 'appliance'),
    groupType('heater', '家电配件', 'HTR', '加热管', 'Heating Element', '根', 60, 6, 'appliance'),
    groupType('seal', '家电配件', 'SEAL', '门封圈', 'Door Seal', '个', 70, 6, 'appliance'),
  ],
  fridge: [
    groupType('thermostat', '家电配件', 'TST', '温控器', 'Thermostat', '个', 35, 18, 'appliance'),
    groupType(
      'starter',
      '家电配件',
      'PTC',
      '压缩机启动器',
      'Compressor PTC Starter',
      '个',
      18,
      20,
      'appliance',
    ),
    groupType('defrost', '家电配件', 'DFH', '化霜加热丝', 'Defrost Heater', '根', 40, 14, 'appliance'),
    groupType('fan', '家电配件', 'FAN', '风扇电机', 'Fan Motor', '个', 55, 12, 'appliance'),
    groupType('gasket', '家电配件', 'GSK', '门封条', 'Door Gasket', '条', 65, 10, 'appliance'),
    groupType('board', '家电配件', 'PCB', '电脑板', 'Control Board', '块', 160, 10, 'appliance'),
    groupType('sensor', '家电配件', 'SNS', '温度传感器', 'Temperature Sensor', '个', 12, 14, 'appliance'),
  ],
  ac: [
    groupType('remote', '家电配件', 'RC', '遥控器', 'Remote Control', '个', 20, 10, 'appliance', { sale: 4 }),
    groupType('outdoorFan', '家电配件', 'OFM', '室外风机', 'Outdoor Fan Motor', '个', 150, 12, 'appliance'),
    groupType('indoorFan', '家电配件', 'IFM', '室内风机', 'Indoor Fan Motor', '个', 110, 12, 'appliance'),
    groupType(
      'capacitor',
      '家电配件',
      'CAP',
      '压缩机电容',
      'Compressor Capacitor',
      '个',
      15,
      20,
      'appliance',
    ),
    groupType('coil', '家电配件', 'RVC', '四通阀线圈', 'Reversing Valve Coil', '个', 25, 8, 'appliance'),
    groupType('board', '家电配件', 'PCB', '电脑板', 'Control Board', '块', 190, 14, 'appliance'),
    groupType('sensor', '家电配件', 'SNS', '感温头', 'Temperature Sensor', '个', 10, 14, 'appliance'),
    groupType('stepper', '家电配件', 'STP', '扫风电机', 'Louver Stepper Motor', '个', 18, 8, 'appliance'),
  ],
  microwave: [
    groupType('magnetron', '家电配件', 'MAG', '磁控管', 'Magnetron', '个', 75, 30, 'appliance'),
    groupType('diode', '家电配件', 'HVD', '高压二极管', 'High Voltage Diode', '个', 8, 15, 'appliance'),
    groupType(
      'capacitor',
      '家电配件',
      'HVC',
      '高压电容',
      'High Voltage Capacitor',
      '个',
      20,
      15,
      'appliance',
    ),
    groupType('motor', '家电配件', 'TTM', '转盘电机', 'Turntable Motor', '个', 18, 15, 'appliance'),
    groupType('switch', '家电配件', 'SW', '门开关', 'Door Micro Switch', '个', 4, 15, 'appliance'),
  ],
  heater: [
    groupType('element', '家电配件', 'HTR', '加热管', 'Heating Element', '根', 55, 30, 'appliance'),
    groupType('anode', '家电配件', 'ANO', '镁棒', 'Magnesium Anode Rod', '根', 20, 25, 'appliance', {
      sale: 2,
    }),
    groupType('thermostat', '家电配件', 'TST', '温控器', 'Thermostat', '个', 30, 20, 'appliance'),
    groupType(
      'plug',
      '家电配件',
      'RCD',
      '漏电保护插头',
      'Leakage Protection Plug',
      '个',
      35,
      15,
      'appliance',
    ),
    groupType('board', '家电配件', 'PCB', '电脑板', 'Control Board', '块', 120, 10, 'appliance'),
  ],
  hood: [
    groupType('motor', '家电配件', 'MTR', '电机', 'Fan Motor', '个', 160, 30, 'appliance'),
    groupType('capacitor', '家电配件', 'CAP', '电容', 'Motor Capacitor', '个', 10, 25, 'appliance'),
    groupType('switch', '家电配件', 'SW', '开关面板', 'Switch Panel', '个', 45, 25, 'appliance'),
    groupType('cup', '家电配件', 'CUP', '油杯', 'Oil Cup', '个', 8, 10, 'appliance', { sale: 3 }),
  ],
}

const typesByGroup: Record<Exclude<DeviceGroup, 'appliance'>, PartType[]> = {
  phone: phoneTypes,
  tablet: tabletTypes,
  laptop: laptopTypes,
  watch: watchTypes,
  audio: audioTypes,
  console: consoleTypes,
  tv: tvTypes,
}

export function typesFor(model: PartModel): PartType[] {
  if (model.group === 'appliance') return applianceTypes[model.kind ?? ''] ?? []
  return typesByGroup[model.group]
}

const coloursByBrand: Record<string, [string, string][]> = {
  Apple: [
    ['黑色', 'Black'],
    ['白色', 'White'],
    ['蓝色', 'Blue'],
    ['紫色', 'Purple'],
    ['金色', 'Gold'],
    ['红色', 'Red'],
  ],
  default: [
    ['黑色', 'Black'],
    ['白色', 'White'],
    ['蓝色', 'Blue'],
    ['绿色', 'Green'],
    ['银色', 'Silver'],
  ],
}

// ---- Generic goods: accessories, consumables, chips, computer parts ------------------------

interface Generic {
  category: PartCategory
  sku: string
  zh: string
  en: string
  brand: string
  compatible: string
  unit: string
  cost: number
  markup: number
  sale: number
  supply: Supply
  /** Boxed goods carry the maker's EAN-13. */
  boxed: boolean
}

function generics(): Generic[] {
  const list: Generic[] = []
  const add = (item: Omit<Generic, 'markup' | 'sale' | 'boxed'> & Partial<Generic>) =>
    list.push({ markup: 2.5, sale: 1, boxed: false, ...item })
  const cableBrands: [string, string, string, number][] = [
    ['Apple', '苹果原装', 'APL', 2.2],
    ['绿联 UGREEN', '绿联', 'UG', 1],
    ['倍思 Baseus', '倍思', 'BS', 1],
    ['Anker', 'Anker', 'AK', 1.3],
    ['品胜 PISEN', '品胜', 'PS', 0.8],
    ['公牛 BULL', '公牛', 'BL', 0.8],
    ['小米', '小米', 'MI', 0.9],
  ]
  const cables: [string, string, string, number, string][] = [
    ['LT', 'Lightning', 'USB-A 转 Lightning 数据线', 12, 'iPhone 5 - iPhone 14'],
    ['CL', 'C-Lightning', 'Type-C 转 Lightning 快充线', 18, 'iPhone 8 - iPhone 14'],
    ['CC', 'C-C', 'Type-C 转 Type-C 快充线', 14, '通用'],
    ['AC', 'A-C', 'USB-A 转 Type-C 数据线', 9, '通用'],
    ['MU', 'Micro', 'Micro USB 数据线', 6, '通用'],
    ['3IN1', '3in1', '三合一数据线', 12, '通用'],
  ]
  for (const [brand, brandZh, brandCode, factor] of cableBrands) {
    for (const [code, en, zh, cost, compatible] of cables) {
      if (brandCode === 'APL' && !['LT', 'CL', 'CC'].includes(code)) continue
      for (const length of ['1m', '1.5m', '2m']) {
        if (length === '1.5m' && brandCode === 'APL') continue
        add({
          category: '手机配件',
          sku: `ACC-CBL-${code}${length.replace('.', '').replace('m', 'M')}-${brandCode}`,
          zh: `${brandZh} ${zh} ${length}`,
          en: `${brand.split(' ').at(-1)} ${en} Cable ${length}`,
          brand,
          compatible,
          unit: '条',
          cost: cost * factor * (length === '2m' ? 1.3 : 1),
          sale: code === 'CC' || code === 'CL' ? 14 : 8,
          markup: 3,
          supply: 'accessory',
          boxed: true,
        })
      }
    }
  }
  const chargers: [string, string, number][] = [
    ['20W', '20W PD 快充头', 35],
    ['30W', '30W PD 快充头', 45],
    ['33W', '33W 闪充充电器', 40],
    ['65W', '65W 氮化镓充电器', 85],
    ['67W', '67W 快充充电器', 75],
    ['100W', '100W 氮化镓充电器', 130],
  ]
  for (const [brand, brandZh, brandCode, factor] of [
    ...cableBrands,
    ['华为', '华为', 'HW', 1.4] as [string, string, string, number],
  ]) {
    for (const [watts, zh, cost] of chargers) {
      if (brandCode === 'APL' && !['20W', '30W'].includes(watts)) continue
      if ((brandCode === 'HW' || brandCode === 'MI') && ['20W', '30W'].includes(watts)) continue
      add({
        category: '手机配件',
        sku: `ACC-CHG-${watts}-${brandCode}`,
        zh: `${brandZh} ${zh}`,
        en: `${brand.split(' ').at(-1)} ${watts} Charger`,
        brand,
        compatible: '通用',
        unit: '个',
        cost: cost * factor,
        sale: watts === '20W' ? 12 : 6,
        markup: 2,
        supply: 'accessory',
        boxed: true,
      })
    }
  }
  const storage: [string, string, string, [string, number][]][] = [
    [
      'SD',
      'microSD 存储卡',
      'microSD Card',
      [
        ['32G', 18],
        ['64G', 28],
        ['128G', 45],
        ['256G', 85],
      ],
    ],
    [
      'USB',
      'U盘',
      'USB Flash Drive',
      [
        ['32G', 20],
        ['64G', 30],
        ['128G', 50],
      ],
    ],
  ]
  for (const [code, zh, en, sizes] of storage) {
    for (const [brand, brandCode] of [
      ['闪迪 SanDisk', 'SD'],
      ['三星 Samsung', 'SS'],
      ['金士顿 Kingston', 'KS'],
    ] as const) {
      for (const [size, cost] of sizes) {
        add({
          category: '手机配件',
          sku: `ACC-${code}-${size}-${brandCode}`,
          zh: `${brand.split(' ')[0]!} ${zh} ${size}`,
          en: `${brand.split(' ')[1]!} ${en} ${size}B`,
          brand,
          compatible: '通用',
          unit: '个',
          cost,
          sale: 3,
          markup: 1.8,
          supply: 'accessory',
          boxed: true,
        })
      }
    }
  }
  const gadgets: [string, string, string, number, number][] = [
    ['PB10K', '移动电源 10000mAh', 'Power Bank 10000mAh', 65, 4],
    ['PB20K', '移动电源 20000mAh', 'Power Bank 20000mAh', 95, 2],
    ['PBMAG', '磁吸无线移动电源 5000mAh', 'Magnetic Power Bank 5000mAh', 85, 3],
    ['WC15', '15W 无线充电器', '15W Wireless Charger', 45, 2],
    ['CAR', '车载充电器 双口', 'Dual Port Car Charger', 25, 2],
    ['HLD', '车载手机支架', 'Car Phone Holder', 18, 2],
    ['OTG', 'Type-C OTG 转接头', 'USB-C OTG Adapter', 6, 3],
    ['RDR', '多合一读卡器', 'Card Reader', 15, 1],
    ['EPC', 'Type-C 有线耳机', 'USB-C Wired Earphones', 22, 4],
    ['EP35', '3.5mm 有线耳机', '3.5mm Wired Earphones', 15, 3],
    ['BT', '蓝牙耳机', 'Bluetooth Earbuds', 75, 3],
    ['35C', 'Type-C 转 3.5mm 耳机转接头', 'USB-C to 3.5mm Adapter', 8, 5],
  ]
  for (const [brand, brandZh, brandCode, factor] of cableBrands.slice(1)) {
    for (const [code, zh, en, cost, sale] of gadgets) {
      add({
        category: '手机配件',
        sku: `ACC-${code}-${brandCode}`,
        zh: `${brandZh} ${zh}`,
        en: `${brand.split(' ').at(-1)} ${en}`,
        brand,
        compatible: '通用',
        unit: '个',
        cost: cost * factor,
        sale,
        markup: 2,
        supply: 'accessory',
        boxed: true,
      })
    }
  }
  const tools: [string, string, string, string, number, number, string][] = [
    ['GLU-B7000-15', 'B7000 胶水 15ml', 'B-7000 Glue 15ml', '个', 3, 0.4, 'tool'],
    ['GLU-B7000-50', 'B7000 胶水 50ml', 'B-7000 Glue 50ml', '个', 6, 0.3, 'tool'],
    ['GLU-B7000-110', 'B7000 胶水 110ml', 'B-7000 Glue 110ml', '个', 10, 0.2, 'tool'],
    ['GLU-T7000-15', 'T7000 黑胶 15ml', 'T-7000 Black Glue 15ml', '个', 3.5, 0.3, 'tool'],
    ['GLU-E8000-15', 'E8000 胶水 15ml', 'E-8000 Glue 15ml', '个', 3.5, 0.2, 'tool'],
    ['SLD-03', '焊锡丝 0.3mm 50g', 'Solder Wire 0.3mm 50g', '卷', 18, 0.1, 'tool'],
    ['SLD-05', '焊锡丝 0.5mm 100g', 'Solder Wire 0.5mm 100g', '卷', 28, 0.1, 'tool'],
    ['FLX-10', '助焊膏 10cc', 'Flux Paste 10cc', '支', 15, 0.1, 'tool'],
    ['PST-183', '中温锡浆 183℃', 'Solder Paste 183°C', '瓶', 22, 0.1, 'tool'],
    ['CLN-500', '洗板水 500ml', 'PCB Cleaner 500ml', '瓶', 16, 0.1, 'tool'],
    ['WIR-003', '屏幕分离钢丝 0.03mm', 'Separator Wire 0.03mm', '卷', 12, 0.1, 'tool'],
    ['WIR-005', '屏幕分离钢丝 0.05mm', 'Separator Wire 0.05mm', '卷', 12, 0.1, 'tool'],
    ['TIM-GR', '导热硅脂', 'Thermal Paste', '支', 12, 0.2, 'tool'],
    ['PRY-10', '拆机撬片 10片装', 'Opening Picks (10 pcs)', '套', 5, 0.3, 'tool'],
    ['SCT-25', '拆机吸盘', 'Suction Cup', '个', 4, 0.2, 'tool'],
    ['SCD-SET', '精密螺丝刀套装', 'Precision Screwdriver Set', '套', 35, 0.3, 'tool'],
    ['TAPE-BAT', '电池易拉胶 通用', 'Battery Pull Tab Adhesive', '片', 0.8, 0.2, 'tool'],
    ['TAPE-2MM', '双面胶 2mm', 'Double Sided Tape 2mm', '卷', 3, 0.2, 'tool'],
    ['CLOTH', '无尘布 100片', 'Lint-free Cloths (100)', '包', 8, 0.2, 'tool'],
    ['ESD-GLV', '防静电手套', 'ESD Gloves', '双', 3, 0.1, 'tool'],
  ]
  for (const [code, zh, en, unit, cost, sale] of tools) {
    add({
      category: '耗材工具',
      sku: `TL-${code}`,
      zh,
      en,
      brand: '',
      compatible: '通用',
      unit,
      cost,
      sale,
      markup: 2,
      supply: 'tool',
    })
  }
  const chips: [string, string, string][] = [
    ['1610A3', '充电IC U2 1610A3', 'iPhone 8 / X'],
    ['1612A1', '充电IC U2 1612A1', 'iPhone XS / XR'],
    ['SN2611', '充电IC SN2611', 'iPhone 11 / 12'],
    ['SN2501', '充电IC SN2501', 'iPhone 13 / 14'],
    ['338S00295', '音频IC 338S00295', 'iPhone 7 / 7 Plus'],
    ['343S00354', '电源IC 343S00354', 'iPhone 12'],
    ['LM3539', '背光IC LM3539', 'iPhone 7 / 8'],
    ['SMB1398', '充电IC SMB1398', '小米 / Redmi'],
    ['HI6526', '充电IC HI6526', '华为 Mate 30 / P40'],
    ['BQ25970', '快充IC BQ25970', 'OPPO / vivo'],
    ['PM8150', '电源IC PM8150', '骁龙865 机型'],
    ['SY6970', '充电IC SY6970', '通用安卓'],
    ['TPS65988', 'Type-C IC TPS65988', 'MacBook Pro'],
    ['CD3217', 'USB-C IC CD3217', 'MacBook Air M1'],
    ['ISL9240', '充电IC ISL9240', 'MacBook Air M1'],
    ['M92T36', '充电IC M92T36', 'Switch'],
    ['BQ24193', '充电IC BQ24193', 'Switch'],
    ['MN864729', 'HDMI IC MN864729', 'PS5'],
  ]
  for (const [code, zh, compatible] of chips) {
    add({
      category: '芯片元件',
      sku: `IC-${code}`,
      zh,
      en: `${zh.split(' ')[0] === '充电IC' ? 'Charging IC' : 'IC'} ${code}`,
      brand: '',
      compatible,
      unit: '个',
      cost: 12 + (code.length % 5) * 9,
      sale: 0.5,
      markup: 3,
      supply: 'chip',
    })
  }
  for (const [code, zh] of [
    ['LTG', 'Lightning 尾插座子'],
    ['TC16', 'Type-C 16pin 尾插座子'],
    ['TC24', 'Type-C 24pin 尾插座子'],
    ['MU5', 'Micro USB 尾插座子'],
    ['SIMS', 'SIM 卡座'],
    ['BTB', '电池 BTB 座子'],
  ] as const) {
    for (const pack of [10, 50]) {
      add({
        category: '芯片元件',
        sku: `CN-${code}-${pack}`,
        zh: `${zh} ${pack}个装`,
        en: `${zh.replace(/[^\x20-\x7e]+/g, ' ').trim()} connector, pack of ${pack}`,
        brand: '',
        compatible: '通用',
        unit: '包',
        cost: (pack / 10) * 8,
        sale: 0.3,
        markup: 3,
        supply: 'chip',
      })
    }
  }
  for (const [code, zh, en, cost] of [
    ['CBB61-15', 'CBB61 风扇电容 1.5μF', 'CBB61 Fan Capacitor 1.5uF', 3],
    ['CBB61-20', 'CBB61 风扇电容 2μF', 'CBB61 Fan Capacitor 2uF', 3],
    ['CBB61-25', 'CBB61 风扇电容 2.5μF', 'CBB61 Fan Capacitor 2.5uF', 3.5],
    ['CBB61-30', 'CBB61 风扇电容 3μF', 'CBB61 Fan Capacitor 3uF', 3.5],
    ['CBB65-25', 'CBB65 压缩机电容 25μF', 'CBB65 Compressor Capacitor 25uF', 12],
    ['CBB65-30', 'CBB65 压缩机电容 30μF', 'CBB65 Compressor Capacitor 30uF', 13],
    ['CBB65-35', 'CBB65 压缩机电容 35μF', 'CBB65 Compressor Capacitor 35uF', 14],
    ['CBB65-40', 'CBB65 压缩机电容 40μF', 'CBB65 Compressor Capacitor 40uF', 15],
    ['FUSE-10A', '陶瓷保险管 250V 10A', 'Ceramic Fuse 250V 10A', 0.5],
    ['FUSE-5A', '陶瓷保险管 250V 5A', 'Ceramic Fuse 250V 5A', 0.5],
    ['NTC-5K', '温度传感器 5K', 'NTC Sensor 5K', 4],
    ['NTC-10K', '温度传感器 10K', 'NTC Sensor 10K', 4],
    ['NTC-20K', '温度传感器 20K', 'NTC Sensor 20K', 4],
    ['RC-AC', '万能空调遥控器', 'Universal AC Remote', 12],
    ['RC-TV', '万能电视遥控器', 'Universal TV Remote', 10],
    ['BELT-1270', '洗衣机皮带 1270J', 'Washer Belt 1270J', 10],
    ['BELT-1300', '洗衣机皮带 1300J', 'Washer Belt 1300J', 10],
  ] as const) {
    add({
      category: '家电配件',
      sku: `AP-${code}`,
      zh,
      en,
      brand: '',
      compatible: '通用',
      unit: '个',
      cost,
      sale: 1,
      markup: 3,
      supply: 'appliance',
    })
  }
  const memory: [string, string, string, number][] = [
    ['DDR4-8G-3200', 'DDR4 3200 8G 笔记本内存条', 'DDR4 3200 8GB SODIMM', 120],
    ['DDR4-16G-3200', 'DDR4 3200 16G 笔记本内存条', 'DDR4 3200 16GB SODIMM', 210],
    ['DDR5-16G-4800', 'DDR5 4800 16G 笔记本内存条', 'DDR5 4800 16GB SODIMM', 260],
    ['SSD-512G', 'NVMe 固态硬盘 512G', 'NVMe SSD 512GB', 230],
    ['SSD-1T', 'NVMe 固态硬盘 1TB', 'NVMe SSD 1TB', 420],
    ['SSD-256G', 'SATA 固态硬盘 256G', 'SATA SSD 256GB', 150],
  ]
  for (const [brand, brandCode] of [
    ['三星 Samsung', 'SS'],
    ['金士顿 Kingston', 'KS'],
    ['西部数据 WD', 'WD'],
    ['致态 ZhiTai', 'ZT'],
  ] as const) {
    for (const [code, zh, en, cost] of memory) {
      if (brandCode === 'WD' && code.startsWith('DDR')) continue
      add({
        category: '电脑配件',
        sku: `PC-${code}-${brandCode}`,
        zh: `${brand.split(' ')[0]!} ${zh}`,
        en: `${brand.split(' ')[1]!} ${en}`,
        brand,
        compatible: '通用',
        unit: '个',
        cost,
        sale: 1.5,
        markup: 1.5,
        supply: 'computer',
        boxed: true,
      })
    }
  }
  return list
}

// ---- The catalogue --------------------------------------------------------------------------

export interface CataloguePart {
  input: {
    sku: string
    name: string
    category: string
    brand: string
    compatibleModels: string
    unit: string
    barcodes: string[]
    priceMinor: number
    reorderPoint: number
    reorderQuantity: number
    bin: string
    serialized: boolean
    active: boolean
  }
  /** Index into `suppliers`, or null when the shop buys it wherever. */
  supplier: number | null
  /** For device parts: index into partModels, and the part type's key. */
  model: number | null
  type: string
  /** Cost in minor units when the part was new; later receipts drift from it. */
  costMinor: number
  /** The year the part came out (a model's release, or 0 for goods always stocked). */
  year: number
  /** Relative counter sales and repair use (the latter before the model's popularity). */
  sale: number
  repair: number
  /** Variant share within its model and type, for choosing which screen a repair used. */
  share: number
}

/** EAN-13 with its check digit; 69x are Chinese makers' prefixes. */
export function ean13(random: Random): string {
  const body = `69${random.int(10)}${random.digits(9)}`
  let sum = 0
  for (let index = 0; index < 12; index += 1) sum += Number(body[index]) * (index % 2 === 0 ? 1 : 3)
  return body + String((10 - (sum % 10)) % 10)
}

const shareOfVariant: Record<string, number> = {
  ORI: 0.2,
  REF: 0.12,
  OLED: 0.3,
  FRM: 0.15,
  HOLED: 0.13,
  INC: 0.2,
  NH: 0.35,
  SCUD: 0.2,
  DS: 0.15,
  HC: 0.1,
}

function roundCost(yuan: number): number {
  // Cheap goods to the jiao, dearer ones to the yuan, as suppliers' price lists do.
  return yuan < 20 ? Math.max(10, Math.round(yuan * 10) * 10) : Math.round(yuan) * 100
}

function roundPrice(yuan: number): number {
  if (yuan < 10) return Math.ceil(yuan) * 100
  if (yuan < 100) return Math.ceil(yuan / 5) * 500
  return Math.ceil(yuan / 10) * 1000 - 100
}

function supplierFor(random: Random, supply: Supply, brand: string): number | null {
  if (random.chance(0.04)) return null
  const wanted: Supply =
    supply === 'appliance' && (brand === 'Haier' || brand === '海尔')
      ? 'haier'
      : supply === 'appliance' && (brand === 'Gree' || brand === 'AUX')
        ? 'gree'
        : supply
  const candidates = suppliers.flatMap((supplier, index) =>
    supplier.supplies.includes(wanted) ? [index] : [],
  )
  return candidates.length > 0 ? random.pick(candidates) : null
}

function reorderFor(random: Random, weight: number, cost: number): [number, number] {
  // Fast, cheap movers are kept in depth; dear or slow ones one or two at a time, or only to order.
  if (weight < 0.15 || cost > 150_000) return random.chance(0.6) ? [0, 0] : [1, 2]
  const point = Math.max(1, Math.min(30, Math.round(weight * (cost < 5_000 ? 2 : 1))))
  return [point, point * (2 + random.int(3))]
}

/**
 * Every part the shop could stock, in the order the catalogue lists them (model by model). `count`
 * of them are kept (the shop does not stock everything), the more used ones preferentially.
 */
export function buildCatalogue(random: Random, count: number): CataloguePart[] {
  const candidates: CataloguePart[] = []
  const english = (random: Random) => random.chance(0.12)
  partModels.forEach((model, modelIndex) => {
    const label = modelLabel(model)
    const code = modelCode(model)
    const faceId = model.brand === 'Apple' && !/iPhone [678]|SE/.test(model.model)
    for (const type of typesFor(model)) {
      if (type.only === 'flagship' && model.tier < 1.3) continue
      if (type.only === 'android' && model.brand === 'Apple') continue
      if (type.only === 'faceId' && !faceId) continue
      if (type.only === 'notFaceId' && (faceId || model.brand === 'Apple')) continue
      const colours = type.colours
        ? (coloursByBrand[model.brand] ?? coloursByBrand.default!).slice(0, 2 + random.int(3))
        : [['', ''] as [string, string]]
      const variants =
        type.key === 'screen' && model.brand !== 'Apple'
          ? type.variants.filter(
              (variant) => !['REF', 'HOLED'].includes(variant.code) || model.brand === 'Samsung',
            )
          : type.key === 'screen'
            ? type.variants.filter((variant) => variant.code !== 'FRM')
            : type.variants
      for (const variant of variants) {
        for (const [colourZh, colourEn] of colours) {
          const costYuan = type.cost * variant.cost * model.tier * (0.85 + random.next() * 0.3)
          const costMinor = roundCost(costYuan)
          const share = (shareOfVariant[variant.code] ?? 1 / variants.length) / colours.length
          const repair = type.repair * share
          const sale = type.sale * share * model.popularity
          const inEnglish = english(random)
          const qualifier = [variant.zh, colourZh].filter(Boolean).join(' ')
          const qualifierEn = [variant.en, colourEn].filter(Boolean).join(', ')
          const name = inEnglish
            ? `${model.model} ${type.en}${qualifierEn ? ` (${qualifierEn})` : ''}`
            : `${label} ${type.zh}${qualifier ? `（${qualifier}）` : ''}`
          const maker =
            variant.maker ??
            (variant.code === '' && random.chance(0.5) && model.group === 'phone' ? '国产' : '')
          // "Mate 40 Pro" needs no brand; "14" does ("Xiaomi 14").
          const fits = /^[\d]/.test(model.model) ? `${model.brand} ${model.model}` : model.model
          const compatible =
            model.sibling && (type.key === 'film' || type.key === 'case' || type.key === 'simTray')
              ? `${fits} / ${model.sibling.replace(/^iPhone /, '')}`
              : fits
          const sku = [
            type.code,
            code,
            ...[variant.code, colourEn ? colourEn.slice(0, 3).toUpperCase() : ''].filter(Boolean),
          ].join('-')
          const [reorderPoint, reorderQuantity] = reorderFor(
            random,
            (repair * model.popularity) / 3 + sale / 3,
            costMinor,
          )
          candidates.push({
            input: {
              sku,
              name,
              category: type.category,
              brand: maker || model.brand,
              compatibleModels: compatible,
              unit: type.unit,
              barcodes: [],
              priceMinor: roundPrice((costMinor / 100) * type.markup),
              reorderPoint,
              reorderQuantity,
              bin: zoneOf[type.category],
              serialized: type.serialized === true,
              active: true,
            },
            supplier: supplierFor(
              random,
              variant.code === 'ORI' || variant.code === 'REF'
                ? model.brand === 'Apple' || model.brand === 'Samsung'
                  ? 'original'
                  : type.supply
                : type.supply,
              model.brand,
            ),
            model: modelIndex,
            type: type.key,
            costMinor,
            year: model.year,
            sale,
            repair,
            share,
          })
        }
      }
    }
  })
  for (const item of generics()) {
    const costMinor = roundCost(item.cost * (0.9 + random.next() * 0.2))
    const [reorderPoint, reorderQuantity] = reorderFor(random, item.sale, costMinor)
    candidates.push({
      input: {
        sku: item.sku,
        name: english(random) ? item.en : item.zh,
        category: item.category,
        brand: item.brand,
        compatibleModels: item.compatible,
        unit: item.unit,
        barcodes: item.boxed ? [ean13(random)] : [],
        priceMinor: roundPrice((costMinor / 100) * item.markup),
        reorderPoint,
        reorderQuantity,
        bin: zoneOf[item.category],
        serialized: false,
        active: true,
      },
      supplier: supplierFor(random, item.supply, item.brand),
      model: null,
      type: item.sku,
      costMinor,
      year: 0,
      sale: item.sale,
      repair: 0,
      share: 1,
    })
  }
  if (candidates.length < count) {
    throw new Error(`the catalogue holds ${candidates.length} parts; ${count} were asked for`)
  }
  // Weighted sampling without replacement (Efraimidis–Spirakis), kept in catalogue order.
  const keyed = candidates.map((part, index) => {
    const weight =
      0.05 + part.sale + part.repair * (part.model === null ? 1 : partModels[part.model]!.popularity)
    return { index, key: Math.log(Math.max(random.next(), 1e-12)) / weight }
  })
  keyed.sort((a, b) => b.key - a.key)
  const kept = keyed
    .slice(0, count)
    .map((entry) => entry.index)
    .sort((a, b) => a - b)
    .map((index) => candidates[index]!)
  // Unique SKUs, bins in shelf order (about 20 parts a bin), and barcodes on some parts.
  const skus = new Set<string>()
  const binFill = new Map<string, number>()
  const barcodes = new Set<string>()
  for (const part of kept) {
    let sku = part.input.sku.slice(0, 36)
    for (let suffix = 2; skus.has(sku); suffix += 1) sku = `${part.input.sku.slice(0, 36)}-${suffix}`
    skus.add(sku)
    part.input.sku = sku
    const zone = part.input.bin
    const filled = binFill.get(zone) ?? 0
    binFill.set(zone, filled + 1)
    const slot = Math.floor(filled / 20)
    part.input.bin = `${zone}-${String(Math.floor(slot / 5) + 1).padStart(2, '0')}-${(slot % 5) + 1}`
    if (part.input.barcodes.length === 0 && part.model !== null && random.chance(0.18)) {
      // The shop's own Code128 label, or the supplier's.
      part.input.barcodes.push(random.chance(0.6) ? `SC${random.digits(10)}` : ean13(random))
    }
    if (part.input.barcodes.length === 1 && random.chance(0.05)) part.input.barcodes.push(ean13(random))
    part.input.barcodes = part.input.barcodes.filter((code) => {
      if (barcodes.has(code)) return false
      barcodes.add(code)
      return true
    })
  }
  return kept
}
