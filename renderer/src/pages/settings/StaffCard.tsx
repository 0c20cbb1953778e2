import { Alert, Badge, Button, Card, Group, Modal, Stack, Table, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ActionsHeader } from '../../components/ActionsHeader'
import { staffInputSchema, type Staff } from '../../../../shared/contract'
import { useApi, useApiMutation } from '../../api/hooks'
import { useErrorText, useFieldErrors } from '../../components/errors'
import { LoadFailed, PageLoader } from '../../components/QueryState'
import { useContractValidation } from '../../components/useContractValidation'
import { StaffFields, type StaffValues } from './StaffFields'

/** Adds a staff member, or edits one (`staff` given). Enter saves. */
function StaffForm({ staff, onDone }: { staff: Staff | null; onDone: () => void }) {
  const { t } = useTranslation('staff')
  const errorText = useErrorText()
  const fieldErrors = useFieldErrors()
  const validate = useContractValidation(staffInputSchema)
  const create = useApiMutation('staff.create')
  const update = useApiMutation('staff.update')
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<StaffValues>({
    initialValues: staff
      ? { name: staff.name, code: staff.code, role: staff.role }
      : { name: '', code: '', role: 'technician' },
    validate,
  })
  const submit = form.onSubmit((values) => {
    setFailure(null)
    const handlers = {
      onSuccess: onDone,
      onError: (error: unknown) => {
        const fields = fieldErrors(error)
        if (Object.keys(fields).length > 0) form.setErrors(fields)
        else setFailure(errorText(error))
      },
    }
    if (staff) update.mutate({ ...values, id: staff.id, active: staff.active }, handlers)
    else create.mutate(values, handlers)
  })
  return (
    <form onSubmit={submit} noValidate data-testid="staff-form">
      <Stack gap="sm">
        <StaffFields inputProps={(field) => form.getInputProps(field)} />
        {failure && <Alert color="red">{failure}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending} data-testid="staff-form-save">
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** Staff records: who works here, their short code and role; add, edit, deactivate, reactivate. */
export function StaffCard() {
  const { t } = useTranslation('staff')
  const errorText = useErrorText()
  const staff = useApi('staff.list', { includeInactive: true })
  const update = useApiMutation('staff.update')
  const [editing, setEditing] = useState<Staff | 'new' | null>(null)

  const toggle = (member: Staff) => {
    const { createdAt: _createdAt, ...fields } = member
    update.mutate({ ...fields, active: !member.active })
  }

  return (
    <Card withBorder data-testid="staff-card">
      <Stack gap="sm">
        <Group justify="space-between">
          <Stack gap={0}>
            <Text fw={600}>{t('card.title')}</Text>
            <Text size="sm" c="dimmed">
              {t('card.hint')}
            </Text>
          </Stack>
          <Button variant="light" onClick={() => setEditing('new')} data-testid="staff-add">
            {t('card.add')}
          </Button>
        </Group>
        {update.isError && (
          <Alert color="red" withCloseButton onClose={() => update.reset()} data-testid="staff-error">
            {errorText(update.error)}
          </Alert>
        )}
        {staff.isPending ? (
          <PageLoader />
        ) : staff.isError ? (
          <LoadFailed error={staff.error} onRetry={() => void staff.refetch()} />
        ) : (
          <Table verticalSpacing={6} data-testid="staff-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('card.name')}</Table.Th>
                <Table.Th>{t('card.code')}</Table.Th>
                <Table.Th>{t('card.role')}</Table.Th>
                <ActionsHeader />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {staff.data.map((member) => (
                <Table.Tr key={member.id} data-testid="staff-row" c={member.active ? undefined : 'dimmed'}>
                  <Table.Td fw={600}>
                    {member.name}{' '}
                    {!member.active && (
                      <Badge size="xs" color="gray">
                        {t('card.inactive')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td ff="monospace">{member.code}</Table.Td>
                  <Table.Td>{t(`role.${member.role}`)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button size="compact-sm" variant="subtle" onClick={() => setEditing(member)}>
                        {t('common:actions.edit')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color={member.active ? 'red' : 'teal'}
                        onClick={() => toggle(member)}
                        data-testid={member.active ? 'staff-deactivate' : 'staff-reactivate'}
                      >
                        {member.active ? t('card.deactivate') : t('card.reactivate')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('card.addTitle') : t('card.editTitle')}
        centered
      >
        {editing !== null && (
          <StaffForm staff={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
        )}
      </Modal>
    </Card>
  )
}
