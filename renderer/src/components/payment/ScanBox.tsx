import { Text, TextInput } from '@mantine/core'
import { useRef, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Part } from '../../../../shared/contract'
import { useErrorText } from '../errors'
import { useScanTarget } from '../keys/KeysContext'
import { useFindPartByCode } from '../useFindPartByCode'

/**
 * A scanner's box: a barcode or SKU and Enter adds that part (again: one more). After every scan,
 * found or not, the box is emptied for the next one; a code no part has is named under the box.
 * A scan made while the focus is elsewhere on the screen (not in a text box) lands here too.
 */
export function ScanBox({
  onPart,
  inputRef,
  autoFocus = false,
}: {
  onPart: (part: Part) => void
  inputRef?: RefObject<HTMLInputElement | null>
  autoFocus?: boolean
}) {
  const { t } = useTranslation('invoices')
  const errorText = useErrorText()
  const findByCode = useFindPartByCode()
  const [code, setCode] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const ownRef = useRef<HTMLInputElement>(null)
  const input = inputRef ?? ownRef
  const lookUp = async (scanned: string) => {
    const text = scanned.trim()
    if (text === '') return
    setCode('')
    input.current?.focus()
    try {
      const part = await findByCode(text)
      if (part) {
        setProblem(null)
        onPart(part)
      } else setProblem(t('scan.notFound', { code: text }))
    } catch (error) {
      setProblem(errorText(error))
    }
  }
  useScanTarget((scanned) => void lookUp(scanned))
  return (
    <TextInput
      ref={input}
      flex={1}
      label={t('scan.label')}
      placeholder={t('scan.placeholder')}
      value={code}
      onChange={(event) => {
        setCode(event.currentTarget.value)
        setProblem(null)
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return
        event.preventDefault()
        void lookUp(code)
      }}
      autoComplete="off"
      autoFocus={autoFocus}
      data-autofocus={autoFocus || undefined}
      error={
        problem && (
          <Text size="xs" data-testid="scan-problem">
            {problem}
          </Text>
        )
      }
      data-testid="scan-box"
    />
  )
}
