import type { OptionsFilter } from '@mantine/core'

/**
 * Brands a repair counter sees every day, as printed on the devices, with the Chinese names clerks
 * type (simplified and traditional), so '华为' or '蘋果' finds Huawei or Apple. The brand is stored
 * as printed, whatever language the clerk works in, so searches and reports group one brand together.
 */
const brands: Record<string, string[]> = {
  Apple: ['苹果', '蘋果', 'iphone', 'ipad', 'mac'],
  Huawei: ['华为', '華為'],
  Honor: ['荣耀', '榮耀'],
  Xiaomi: ['小米', '红米', '紅米', 'redmi'],
  OPPO: [],
  vivo: [],
  OnePlus: ['一加'],
  realme: ['真我'],
  Samsung: ['三星'],
  Meizu: ['魅族'],
  Lenovo: ['联想', '聯想', 'thinkpad'],
  Dell: ['戴尔', '戴爾'],
  HP: ['惠普'],
  ASUS: ['华硕', '華碩'],
  Acer: ['宏碁'],
  Microsoft: ['微软', '微軟', 'surface', 'xbox'],
  Sony: ['索尼', 'playstation'],
  Nintendo: ['任天堂', 'switch'],
  DJI: ['大疆'],
  Midea: ['美的'],
  Haier: ['海尔', '海爾'],
  Gree: ['格力'],
  TCL: [],
  Hisense: ['海信'],
  Skyworth: ['创维', '創維'],
  Panasonic: ['松下'],
  Philips: ['飞利浦', '飛利浦'],
  Siemens: ['西门子', '西門子'],
  LG: [],
  Dyson: ['戴森'],
}

export const brandNames = Object.keys(brands)

/** Matches a brand by its printed name or any of its Chinese names, the printed name first. */
export const brandFilter: OptionsFilter = ({ options, search, limit }) => {
  const text = search.trim().toLowerCase()
  if (text === '') return options.slice(0, limit)
  const matches = (value: string) =>
    value.toLowerCase().includes(text) || (brands[value] ?? []).some((alias) => alias.includes(text))
  return options.filter((option) => 'value' in option && matches(option.value)).slice(0, limit)
}
