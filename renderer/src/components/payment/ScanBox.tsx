import { Text, TextInput } from '@mantine/core'
import { useState, type KeyboardEvent, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Part } from '../../../../shared/contract'
import { useErrorText } from '../errors'
import { useFindPartByCode } from '../useFindPartByCode'

/**
 * A scanner's box: a barcode or SKU and Enter adds that part (again: one more). A code no part has
 * says so and stays in the box, so the clerk can search by name instead.
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
  const onKey = async (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    const text = code.trim()
    if (text === '') return
    try {
      const part = await findByCode(text)
      if (part) {
        setCode('')
        setProblem(null)
        onPart(part)
      } else setProblem(t('scan.notFound', { code: text }))
    } catch (error) {
      setProblem(errorText(error))
    }
  }
  return (
    <TextInput
      ref={inputRef}
      flex={1}
      label={t('scan.label')}
      placeholder={t('scan.placeholder')}
      value={code}
      onChange={(event) => {
        setCode(event.currentTarget.value)
        setProblem(null)
      }}
      onKeyDown={(event) => void onKey(event)}
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
