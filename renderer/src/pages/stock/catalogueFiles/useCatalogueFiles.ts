import { useMutation } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { MethodOutput } from '../../../../../shared/contract'
import { call, type ApiError } from '../../../api/client'
import { useApiMutation } from '../../../api/hooks'
import { resources } from '../../../i18n'
import { headingMatcher, headingsInEveryLocale, importColumns, type ImportColumn } from './catalogueColumns'

export type ImportResult = MethodOutput<'parts.import'>

/** Checking a file writes nothing, so it refreshes nothing; committing goes through the api's write. */
export function useImportParts() {
  const check = useMutation<ImportResult, ApiError, Record<string, unknown>[]>({
    mutationFn: (rows) => call('parts.import', { rows, commit: false }),
  })
  const commit = useApiMutation('parts.import')
  return { check, commit }
}

export const matchHeading = headingMatcher(headingsInEveryLocale(resources))

/** A field's name and an error key of `parts.import`, in the screen's language. */
export function useRowErrorText(): (field: string, key: string) => string {
  const { t, i18n } = useTranslation('catalogueFiles')
  return useCallback(
    (field: string, key: string) => {
      const column: ImportColumn | undefined = importColumns.find((candidate) => candidate.field === field)
      const message = i18n.exists(`catalogueFiles:rowErrors.${key}`)
        ? t(`rowErrors.${key}`)
        : t(`common:validation.${key}`, { defaultValue: t('common:validation.invalid') })
      return t('fieldError', { field: column ? t(`columns.${column.key}`) : field, message })
    },
    [t, i18n],
  )
}
