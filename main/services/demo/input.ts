import { contract, type Method, type MethodInput, type ParsedInput } from '../../../shared/contract'

/** A method's input as its door would hand it to the service: checked, with the contract's defaults. */
export function input<M extends Method>(method: M, value: MethodInput<M>): ParsedInput<M> {
  return contract[method].input.parse(value) as ParsedInput<M>
}
