import { useTranslation } from 'react-i18next'
import type { Staff } from '../../../../shared/schemas/staff'
import { useApi } from '../../api/hooks'

/** How a staff member shows in a picker and on a card: their short code, then their name. */
function staffLabel(staff: { code: string; name: string }): string {
  return `${staff.code} · ${staff.name}`
}

/**
 * The active staff for a Select, technicians first (the people a ticket is usually given to), then
 * everyone else, each group by code.
 */
export function useStaffOptions() {
  const { t } = useTranslation('workshop')
  const staff = useApi('staff.list', {})
  const active = [...(staff.data ?? [])].sort((a, b) => a.code.localeCompare(b.code))
  const option = (member: Staff) => ({ value: member.id, label: staffLabel(member) })
  const technicians = active.filter((member) => member.role === 'technician').map(option)
  const others = active.filter((member) => member.role !== 'technician').map(option)
  const groups = [
    ...(technicians.length > 0 ? [{ group: t('staffGroups.technicians'), items: technicians }] : []),
    ...(others.length > 0 ? [{ group: t('staffGroups.others'), items: others }] : []),
  ]
  return { query: staff, groups, byId: new Map(active.map((member) => [member.id, member])) }
}
