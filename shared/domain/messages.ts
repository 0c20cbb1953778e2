/**
 * What the shop tells a customer about their repair: a short text per status and language, to copy
 * into an SMS or a chat app. The shipped wording lives here (the owner may override it per status and
 * language); `{name}` marks a value filled in from the ticket. shared/ cannot reach the renderer's
 * i18n, so the status names a message uses live here too.
 */
import type { TicketStatus } from './status'

export type MessageLocale = 'zh-CN' | 'zh-TW' | 'en'

/** The values a template may use, in the order the settings card lists them. */
export const messageVariables = [
  'shopName',
  'customerName',
  'number',
  'device',
  'status',
  'amountDue',
  'shopPhone',
] as const
export type MessageVariable = (typeof messageVariables)[number]

/** A status as the customer reads it (the same words as the counter's status badges). */
export const statusNames: Record<MessageLocale, Record<TicketStatus, string>> = {
  'zh-CN': {
    received: '已接收',
    diagnosing: '检测中',
    awaiting_approval: '待客户确认',
    awaiting_parts: '等待配件',
    in_repair: '维修中',
    testing: '测试中',
    ready_for_pickup: '待取机',
    collected: '已取机',
    declined: '客户拒修',
    unrepairable: '无法维修',
    sent_out: '外送维修',
    cancelled: '已取消',
  },
  'zh-TW': {
    received: '已收件',
    diagnosing: '檢測中',
    awaiting_approval: '待客戶確認',
    awaiting_parts: '等待零件',
    in_repair: '維修中',
    testing: '測試中',
    ready_for_pickup: '待取件',
    collected: '已取件',
    declined: '客戶拒修',
    unrepairable: '無法維修',
    sent_out: '外送維修',
    cancelled: '已取消',
  },
  en: {
    received: 'Received',
    diagnosing: 'Diagnosing',
    awaiting_approval: 'Awaiting your approval',
    awaiting_parts: 'Awaiting parts',
    in_repair: 'In repair',
    testing: 'Testing',
    ready_for_pickup: 'Ready for pickup',
    collected: 'Collected',
    declined: 'Repair declined',
    unrepairable: 'Cannot be repaired',
    sent_out: 'Sent out for repair',
    cancelled: 'Cancelled',
  },
}

/** What {amountDue} says when no price is known yet (no approved estimate, no estimate at intake). */
export const amountUnknown: Record<MessageLocale, string> = {
  'zh-CN': '待确认',
  'zh-TW': '待確認',
  en: 'to be confirmed',
}

const zhCN: Record<TicketStatus, string> = {
  received:
    '【{shopName}】{customerName}您好，您送修的{device}已收到，单号{number}，当前状态：{status}。检测后我们会尽快联系您，如有疑问请致电{shopPhone}。',
  diagnosing:
    '【{shopName}】{customerName}您好，您的{device}（单号{number}）正在检测，当前状态：{status}。结果出来后我们会第一时间通知您。电话：{shopPhone}',
  awaiting_approval:
    '【{shopName}】{customerName}您好，您的{device}（单号{number}）已检测完毕，当前状态：{status}。维修方案和报价已出，请致电{shopPhone}或回复本短信确认是否维修。',
  awaiting_parts:
    '【{shopName}】{customerName}您好，您的{device}（单号{number}）所需配件正在订购，当前状态：{status}。配件到店后我们会尽快安排维修。电话：{shopPhone}',
  in_repair:
    '【{shopName}】{customerName}您好，您的{device}（单号{number}）已开始维修，当前状态：{status}。修好后我们会通知您取机。电话：{shopPhone}',
  testing:
    '【{shopName}】{customerName}您好，您的{device}（单号{number}）已维修完毕，正在做最后检测，当前状态：{status}。检测通过后会通知您取机。电话：{shopPhone}',
  ready_for_pickup:
    '【{shopName}】{customerName}您好，您的{device}（单号{number}）已修好，当前状态：{status}。取机时需付{amountDue}，请携带服务单到店领取。电话：{shopPhone}',
  collected:
    '【{shopName}】{customerName}您好，您的{device}（单号{number}）已取走，当前状态：{status}。感谢您的信任，使用中如有问题请随时致电{shopPhone}。',
  declined:
    '【{shopName}】{customerName}您好，您的{device}（单号{number}）按您的意见不做维修，当前状态：{status}。请携带服务单到店取回设备。电话：{shopPhone}',
  unrepairable:
    '【{shopName}】{customerName}您好，很抱歉，您的{device}（单号{number}）经检测无法修复，当前状态：{status}。请携带服务单到店取回设备，详情请致电{shopPhone}。',
  sent_out:
    '【{shopName}】{customerName}您好，您的{device}（单号{number}）已送往厂家或合作维修中心处理，当前状态：{status}。有进展我们会及时通知您。电话：{shopPhone}',
  cancelled:
    '【{shopName}】{customerName}您好，您的{device}（单号{number}）的维修已取消，当前状态：{status}。如有疑问请致电{shopPhone}。',
}

const zhTW: Record<TicketStatus, string> = {
  received:
    '【{shopName}】{customerName}您好，您送修的{device}已收件，單號{number}，目前狀態：{status}。檢測後我們會盡快與您聯絡，如有疑問請來電{shopPhone}。',
  diagnosing:
    '【{shopName}】{customerName}您好，您的{device}（單號{number}）正在檢測，目前狀態：{status}。結果出來後我們會第一時間通知您。電話：{shopPhone}',
  awaiting_approval:
    '【{shopName}】{customerName}您好，您的{device}（單號{number}）已檢測完成，目前狀態：{status}。維修方案與報價已出來，請來電{shopPhone}或回覆本簡訊確認是否維修。',
  awaiting_parts:
    '【{shopName}】{customerName}您好，您的{device}（單號{number}）所需零件正在訂購，目前狀態：{status}。零件到店後我們會盡快安排維修。電話：{shopPhone}',
  in_repair:
    '【{shopName}】{customerName}您好，您的{device}（單號{number}）已開始維修，目前狀態：{status}。修好後我們會通知您取件。電話：{shopPhone}',
  testing:
    '【{shopName}】{customerName}您好，您的{device}（單號{number}）已維修完成，正在做最後檢測，目前狀態：{status}。檢測通過後會通知您取件。電話：{shopPhone}',
  ready_for_pickup:
    '【{shopName}】{customerName}您好，您的{device}（單號{number}）已修好，目前狀態：{status}。取件時需付{amountDue}，請攜帶服務單到店領取。電話：{shopPhone}',
  collected:
    '【{shopName}】{customerName}您好，您的{device}（單號{number}）已取件，目前狀態：{status}。感謝您的支持，使用上如有問題請隨時來電{shopPhone}。',
  declined:
    '【{shopName}】{customerName}您好，您的{device}（單號{number}）依您的意思不進行維修，目前狀態：{status}。請攜帶服務單到店取回設備。電話：{shopPhone}',
  unrepairable:
    '【{shopName}】{customerName}您好，很抱歉，您的{device}（單號{number}）經檢測無法修復，目前狀態：{status}。請攜帶服務單到店取回設備，詳情請來電{shopPhone}。',
  sent_out:
    '【{shopName}】{customerName}您好，您的{device}（單號{number}）已送至原廠或合作維修中心處理，目前狀態：{status}。有進度我們會立即通知您。電話：{shopPhone}',
  cancelled:
    '【{shopName}】{customerName}您好，您的{device}（單號{number}）的維修已取消，目前狀態：{status}。如有疑問請來電{shopPhone}。',
}

const en: Record<TicketStatus, string> = {
  received:
    '{shopName}: Hi {customerName}, we have received your {device} (ticket {number}). Status: {status}. We will be in touch after diagnosis. Questions? Call {shopPhone}.',
  diagnosing:
    '{shopName}: Hi {customerName}, we are checking your {device} (ticket {number}). Status: {status}. We will tell you what we find as soon as we know. Tel. {shopPhone}',
  awaiting_approval:
    '{shopName}: Hi {customerName}, we have diagnosed your {device} (ticket {number}). Status: {status}. The repair and its price are ready: please call {shopPhone} or reply to approve or decline.',
  awaiting_parts:
    '{shopName}: Hi {customerName}, the parts for your {device} (ticket {number}) are on order. Status: {status}. We will repair it as soon as they arrive. Tel. {shopPhone}',
  in_repair:
    '{shopName}: Hi {customerName}, we have started repairing your {device} (ticket {number}). Status: {status}. We will let you know when it is ready. Tel. {shopPhone}',
  testing:
    '{shopName}: Hi {customerName}, your {device} (ticket {number}) is repaired and in final testing. Status: {status}. We will let you know when it is ready. Tel. {shopPhone}',
  ready_for_pickup:
    '{shopName}: Hi {customerName}, your {device} (ticket {number}) is ready. Status: {status}. Amount due at pickup: {amountDue}. Please bring your receipt. Tel. {shopPhone}',
  collected:
    '{shopName}: Hi {customerName}, thank you for collecting your {device} (ticket {number}). Status: {status}. If anything is not right, call us on {shopPhone}.',
  declined:
    '{shopName}: Hi {customerName}, as you asked, we will not repair your {device} (ticket {number}). Status: {status}. Please bring your receipt to collect it. Tel. {shopPhone}',
  unrepairable:
    '{shopName}: Hi {customerName}, we are sorry: your {device} (ticket {number}) cannot be repaired. Status: {status}. Please bring your receipt to collect it; call {shopPhone} for details.',
  sent_out:
    '{shopName}: Hi {customerName}, your {device} (ticket {number}) has gone to the manufacturer or a partner service centre. Status: {status}. We will update you as soon as we hear. Tel. {shopPhone}',
  cancelled:
    '{shopName}: Hi {customerName}, the repair of your {device} (ticket {number}) is cancelled. Status: {status}. Questions? Call {shopPhone}.',
}

/** The shipped wording of every status in every language. */
export const builtInTemplates: Record<MessageLocale, Record<TicketStatus, string>> = {
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
}

/**
 * Puts the values into a template. A `{name}` the template uses but the values lack (a typo in the
 * owner's wording, a variable of a later version) stays as written, so the clerk sees it before
 * sending; nothing here throws on the owner's text.
 */
export function fillTemplate(body: string, values: Partial<Record<string, string>>): string {
  return body.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined
    return value ?? whole
  })
}

/** The variables a template uses that are not ones a message can fill (shown to the owner). */
export function unknownVariables(body: string): string[] {
  const known: readonly string[] = messageVariables
  const names = [...body.matchAll(/\{([A-Za-z]+)\}/g)].map((match) => match[1] ?? '')
  return [...new Set(names.filter((name) => !known.includes(name)))]
}
