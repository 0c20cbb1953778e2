import { Alert, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api/client'
import { OpenDrawerButton } from '../drawer/DrawerClosedNotice'
import { useErrorText } from '../errors'

/** The drawer must be open before money changes hands (the drawer service's error key). */
export function isDrawerClosed(error: unknown): boolean {
  return error instanceof ApiError && error.key === 'drawer:errors.notOpen'
}

/**
 * Why issuing, paying or refunding was refused, said plainly: a closed drawer can be opened from
 * here without leaving the form, a conflict asks to look again, per-field messages (stock, amounts)
 * are listed.
 */
export function MoneyError({ error }: { error: unknown }) {
  const { t } = useTranslation('invoices')
  const errorText = useErrorText()
  if (!error) return null
  const conflict = error instanceof ApiError && error.code === 'CONFLICT' && !isDrawerClosed(error)
  const fields = error instanceof ApiError ? Object.entries(error.fields) : []
  return (
    <Alert
      color="red"
      variant="light"
      // The drawer's own wording, whoever raised it: the clerk needs the next step, not the code.
      title={isDrawerClosed(error) ? t('errors.drawerClosed') : errorText(error)}
      data-testid="money-error"
    >
      <Stack gap={4}>
        {isDrawerClosed(error) && (
          <Group>
            <OpenDrawerButton variant="light" />
          </Group>
        )}
        {conflict && <Text size="sm">{t('errors.conflict')}</Text>}
        {fields.map(([path, key]) => {
          const message = t(`common:validation.${key}`, { defaultValue: t('common:validation.invalid') })
          const line = /^(?:lines|extraLines)\.(\d+)\./.exec(path)?.[1]
          return (
            <Text size="sm" key={path}>
              {line === undefined
                ? t('errors.field', { message })
                : t('errors.lineField', { line: Number(line) + 1, message })}
            </Text>
          )
        })}
      </Stack>
    </Alert>
  )
}
