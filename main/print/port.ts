import type { MethodOutput, ParsedInput } from '../../shared/contract'

/** Native printing, which only the desktop door has; the browser door prints from the page. */
export interface PrinterPort {
  printers: () => Promise<MethodOutput<'print.printers'>>
  printTicket: (input: ParsedInput<'print.ticket'>) => Promise<MethodOutput<'print.ticket'>>
}
