import { Group, Select, Stack, TextInput } from '@mantine/core'
import type { GetInputPropsReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { staffRoles, type StaffRole } from '../../../../shared/contract'

export interface StaffValues {
  name: string
  code: string
  role: StaffRole
}

/**
 * A staff member's name, short code and role: the fields of the staff dialog and of the first-start
 * setup's staff list. `inline` puts them in one row, one member a line.
 */
export function StaffFields({
  inputProps,
  testId = 'staff-form',
  inline = false,
  autoFocus = true,
}: {
  inputProps: (field: keyof StaffValues) => GetInputPropsReturnType
  testId?: string
  inline?: boolean
  autoFocus?: boolean
}) {
  const { t } = useTranslation('staff')
  const name = (
    <TextInput
      label={t('card.name')}
      withAsterisk
      data-autofocus={autoFocus || undefined}
      autoComplete="off"
      data-testid={`${testId}-name`}
      {...inputProps('name')}
    />
  )
  const codeAndRole = (
    <>
      <TextInput
        label={t('card.code')}
        description={inline ? undefined : t('card.codeHint')}
        withAsterisk
        autoComplete="off"
        data-testid={`${testId}-code`}
        {...inputProps('code')}
      />
      <Select
        label={t('card.role')}
        data={staffRoles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
        allowDeselect={false}
        data-testid={`${testId}-role`}
        {...inputProps('role')}
      />
    </>
  )
  if (inline) {
    return (
      <Group grow align="flex-start" wrap="nowrap">
        {name}
        {codeAndRole}
      </Group>
    )
  }
  return (
    <Stack gap="sm">
      {name}
      <Group grow align="flex-start">
        {codeAndRole}
      </Group>
    </Stack>
  )
}
