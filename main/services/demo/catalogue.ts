/**
 * What the demo shop sells and buys, in each of its languages with that currency's usual prices:
 * the labour price list, the suppliers, the repairs each device model comes in for, and the few
 * words the demo's documents carry. The parts are in parts.ts.
 */
import type { Locale } from '../../../shared/contract'

export type Words = Record<Locale, string>

/** [name, category, price in minor units, standard minutes, repair warranty days] */
type LabourRow = [string, string, number, number, number]

export const labourCatalogue: Record<Locale, LabourRow[]> = {
  'zh-CN': [
    ['屏幕更换（手机）', '手机维修', 8000, 45, 90],
    ['电池更换（手机）', '手机维修', 5000, 30, 90],
    ['充电口维修', '手机维修', 6000, 40, 90],
    ['进水清洗处理', '手机维修', 12000, 90, 30],
    ['摄像头更换', '手机维修', 6000, 30, 90],
    ['主板维修', '手机维修', 20000, 180, 90],
    ['笔记本清灰换硅脂', '电脑维修', 8000, 60, 30],
    ['笔记本键盘更换', '电脑维修', 10000, 60, 90],
    ['洗衣机排水泵更换', '家电维修', 12000, 60, 180],
    ['空调加氟', '家电维修', 15000, 60, 90],
    ['故障检测', '检测', 3000, 20, 0],
  ],
  'zh-TW': [
    ['螢幕更換（手機）', '手機維修', 120000, 45, 90],
    ['電池更換（手機）', '手機維修', 80000, 30, 90],
    ['充電孔維修', '手機維修', 90000, 40, 90],
    ['進水清潔處理', '手機維修', 150000, 90, 30],
    ['相機鏡頭更換', '手機維修', 90000, 30, 90],
    ['主機板維修', '手機維修', 300000, 180, 90],
    ['筆電清潔換散熱膏', '電腦維修', 120000, 60, 30],
    ['筆電鍵盤更換', '電腦維修', 150000, 60, 90],
    ['洗衣機排水馬達更換', '家電維修', 180000, 60, 180],
    ['冷氣補冷媒', '家電維修', 200000, 60, 90],
    ['故障檢測', '檢測', 30000, 20, 0],
  ],
  en: [
    ['Screen replacement (phone)', 'Phone repair', 4900, 45, 90],
    ['Battery replacement (phone)', 'Phone repair', 2900, 30, 90],
    ['Charging port repair', 'Phone repair', 3900, 40, 90],
    ['Water damage cleaning', 'Phone repair', 5900, 90, 30],
    ['Camera replacement', 'Phone repair', 3500, 30, 90],
    ['Logic board repair', 'Phone repair', 9900, 180, 90],
    ['Laptop cleaning and thermal paste', 'Computer repair', 4500, 60, 30],
    ['Laptop keyboard replacement', 'Computer repair', 5500, 60, 90],
    ['Washing machine drain pump replacement', 'Appliance repair', 7500, 60, 180],
    ['Air conditioner refrigerant recharge', 'Appliance repair', 8900, 60, 90],
    ['Diagnostic check', 'Diagnosis', 2000, 20, 0],
  ],
}

/** Positions in the labour list above. */
export const labour = {
  screen: 0,
  battery: 1,
  port: 2,
  water: 3,
  camera: 4,
  board: 5,
  cleaning: 6,
  keyboard: 7,
  pump: 8,
  diagnosis: 10,
} as const

export const technicianNames: Record<Locale, [string, string]> = {
  'zh-CN': ['张师傅', '李师傅'],
  'zh-TW': ['陳師傅', '林師傅'],
  en: ['Alex Chen', 'Sam Lee'],
}

export interface DemoSupplier {
  name: string
  contact: string
  phone: string
  paymentTerms: string
}

export const suppliers: Record<Locale, DemoSupplier[]> = {
  'zh-CN': [
    { name: '鑫达通讯配件（深圳）', contact: '陈经理', phone: '13902881234', paymentTerms: '月结 30 天' },
    { name: '华南手机配件批发', contact: '刘小姐', phone: '13826004567', paymentTerms: '货到付款' },
    { name: '顺德家电电脑配件', contact: '黄先生', phone: '13790221188', paymentTerms: '月结 30 天' },
  ],
  'zh-TW': [
    { name: '光華通訊零件行', contact: '王先生', phone: '0912345678', paymentTerms: '月結 30 天' },
    { name: '台中手機配件批發', contact: '林小姐', phone: '0933221456', paymentTerms: '貨到付款' },
    { name: '新北家電電腦零件', contact: '陳先生', phone: '0921778899', paymentTerms: '月結 30 天' },
  ],
  en: [
    { name: 'Pacific Phone Parts', contact: 'Karen Wu', phone: '4155550101', paymentTerms: 'Net 30' },
    {
      name: 'Metro Mobile Wholesale',
      contact: 'Dan Price',
      phone: '4155550142',
      paymentTerms: 'Cash on delivery',
    },
    {
      name: 'Allied Appliance & PC Parts',
      contact: 'Ray Ortiz',
      phone: '4155550188',
      paymentTerms: 'Net 30',
    },
  ],
}

/** A repair a device comes in for: its fault as the customer tells it, the work and the part it takes. */
export interface RepairKind {
  fault: Words
  labour: number
  part: string | null
}

const repair = (labourIndex: number, sku: string | null, fault: Words): RepairKind => ({
  fault,
  labour: labourIndex,
  part: sku,
})

const brokenScreen: Words = {
  'zh-CN': '屏幕摔碎，触摸失灵',
  'zh-TW': '螢幕摔破，觸控失靈',
  en: 'Cracked screen, touch not working',
}
const weakBattery: Words = {
  'zh-CN': '电池不耐用，半天就没电',
  'zh-TW': '電池不耐用，半天就沒電',
  en: 'Battery drains in half a day',
}
const noCharge: Words = {
  'zh-CN': '充不进电，插线没反应',
  'zh-TW': '充不進電，插線沒反應',
  en: 'Does not charge when plugged in',
}
const water: Words = {
  'zh-CN': '掉进水里后开不了机',
  'zh-TW': '掉進水裡後開不了機',
  en: 'Dropped in water, will not turn on',
}

/** By device model (resources/demo/demo-shop.json): what it comes in for. */
export const repairsByModel: Record<string, RepairKind[]> = {
  'iPhone 15 Pro': [repair(labour.screen, 'IP15P-SCR', brokenScreen)],
  'iPhone 13': [
    repair(labour.screen, 'IP13-SCR', brokenScreen),
    repair(labour.battery, 'IP13-BAT', weakBattery),
    repair(labour.camera, 'IP13-CAM', {
      'zh-CN': '后置摄像头拍照模糊、抖动',
      'zh-TW': '後鏡頭拍照模糊、會抖',
      en: 'Rear camera blurry and shaking',
    }),
  ],
  'Mate 60 Pro': [
    repair(labour.screen, 'MATE60-SCR', brokenScreen),
    repair(labour.battery, 'MATE60-BAT', weakBattery),
  ],
  '14 Ultra': [repair(labour.battery, 'XM14-BAT', weakBattery)],
  'Find X7': [repair(labour.port, 'TYPEC-PORT', noCharge), repair(labour.water, null, water)],
  X100: [repair(labour.port, 'TYPEC-PORT', noCharge), repair(labour.water, null, water)],
  'Galaxy S24': [repair(labour.port, 'TYPEC-PORT', noCharge)],
  'iPad Air 5': [repair(labour.port, 'TYPEC-PORT', noCharge)],
  'ThinkPad X1 Carbon': [
    repair(labour.keyboard, 'X1C-KB', {
      'zh-CN': '键盘进水，部分按键失灵',
      'zh-TW': '鍵盤進水，部分按鍵失靈',
      en: 'Coffee on the keyboard, some keys dead',
    }),
    repair(labour.cleaning, 'PASTE-TG', {
      'zh-CN': '风扇很响，机身发烫',
      'zh-TW': '風扇很吵，機身發燙',
      en: 'Loud fan, runs very hot',
    }),
  ],
  'MacBook Air M2': [
    repair(labour.cleaning, 'PASTE-TG', {
      'zh-CN': '运行卡顿，机身发烫',
      'zh-TW': '運作卡頓，機身發燙',
      en: 'Slow and hot under load',
    }),
  ],
  'Watch GT 4': [
    repair(labour.board, null, { 'zh-CN': '不开机', 'zh-TW': '不開機', en: 'Will not turn on' }),
  ],
  'WH-1000XM5': [
    repair(labour.board, null, {
      'zh-CN': '右耳没声音',
      'zh-TW': '右耳沒聲音',
      en: 'No sound on the right side',
    }),
  ],
  'MG25NK-01': [
    repair(labour.pump, 'PUMP-WM', {
      'zh-CN': '不排水，显示 E30',
      'zh-TW': '不排水，顯示 E30',
      en: 'Does not drain, shows E30',
    }),
  ],
  EG100MATE29: [
    repair(labour.pump, 'PUMP-WM', {
      'zh-CN': '排水慢，有异响',
      'zh-TW': '排水慢，有異音',
      en: 'Drains slowly with a grinding noise',
    }),
  ],
  '65Q10G': [
    repair(labour.board, null, {
      'zh-CN': '有声音没图像',
      'zh-TW': '有聲音沒畫面',
      en: 'Sound but no picture',
    }),
  ],
}

/** The words on the demo's documents and drawer movements. */
export const words = {
  openingStock: { 'zh-CN': '期初库存', 'zh-TW': '期初庫存', en: 'Opening stock' },
  reorder: { 'zh-CN': '常用件补货', 'zh-TW': '常用零件補貨', en: 'Restocking the usual parts' },
  countNote: {
    'zh-CN': '月中盘点手机配件',
    'zh-TW': '月中盤點手機配件',
    en: 'Mid-month count of accessories',
  },
  damaged: { 'zh-CN': '安装时压坏一片', 'zh-TW': '安裝時壓壞一片', en: 'Cracked one while fitting it' },
  declined: {
    'zh-CN': '客户觉得太贵，不修了',
    'zh-TW': '客人覺得太貴，不修了',
    en: 'Customer found it too expensive',
  },
  returned: {
    'zh-CN': '客户退货：买错型号',
    'zh-TW': '客人退貨：買錯型號',
    en: 'Returned: wrong model bought',
  },
  voided: { 'zh-CN': '收银员录错商品', 'zh-TW': '收銀員輸入錯誤', en: 'Rung up the wrong item' },
  paidOut: { 'zh-CN': '顺丰寄件运费', 'zh-TW': '宅配運費', en: 'Courier for a part' },
  paidIn: { 'zh-CN': '备用零钱补充', 'zh-TW': '補充零錢', en: 'Change for the drawer' },
  short: { 'zh-CN': '少 10 元，已登记', 'zh-TW': '短少 10 元，已登記', en: 'Short by 1.00, noted' },
} satisfies Record<string, Words>
