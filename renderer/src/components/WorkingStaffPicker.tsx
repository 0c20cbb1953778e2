import { Badge, Button, Group, Menu, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { setWorkingStaffId, workingStaffId } from '../api/client'
import { useApi } from '../api/hooks'

/**
 * Who is working at this counter (header): every later write records this person. Kept by this
 * computer; until someone is chosen, writes go to the first active staff member, shown as such.
 */
export function WorkingStaffPicker() {
  const { t } = useTranslation('staff')
  const staff = useApi('staff.list', {})
  const [storedId, setStoredId] = useState(workingStaffId)
  const active = staff.data ?? []
  const chosen = active.find((member) => member.id === storedId)
  const shown = chosen ?? active[0]

  // Someone deactivated (or a database swapped under this computer): fall back to the default.
  const stale = staff.data !== undefined && storedId !== null && chosen === undefined
  useEffect(() => {
    if (stale) setWorkingStaffId(null)
  }, [stale])

  function choose(id: string) {
    setWorkingStaffId(id)
    setStoredId(id)
  }

  if (!shown) return null
  return (
    <Menu position="bottom-end" shadow="md" width={240}>
      <Menu.Target>
        <Button
          variant={chosen ? 'light' : 'outline'}
          color={chosen ? 'blue' : 'orange'}
          size="compact-md"
          data-testid="working-staff"
          title={t('picker.label')}
        >
          <Group gap={6} wrap="nowrap">
            <Text span size="sm" fw={600}>
              {t('picker.current', { name: shown.name })}
            </Text>
            {!chosen && (
              <Badge size="xs" color="orange" variant="light">
                {t('picker.default')}
              </Badge>
            )}
          </Group>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('picker.label')}</Menu.Label>
        {active.map((member) => (
          <Menu.Item
            key={member.id}
            onClick={() => choose(member.id)}
            data-testid="working-staff-option"
            rightSection={
              <Text size="xs" c="dimmed" ff="monospace">
                {member.code}
              </Text>
            }
            fw={member.id === shown.id ? 700 : undefined}
            aria-current={member.id === shown.id ? 'true' : undefined}
          >
            {member.id === shown.id ? `✓ ${member.name}` : member.name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
