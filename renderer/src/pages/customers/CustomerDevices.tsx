import { Badge, Button, Card, Group, Modal, Table, Text } from '@mantine/core'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Device } from '../../../../shared/contract'
import { useFormat } from '../../components/format'
import { DeviceForm } from './DeviceForm'

/** The warranty still holds on its last day. Dates are the shop's local calendar dates. */
function isUnderWarranty(warrantyEnd: string | null): boolean {
  return warrantyEnd !== null && warrantyEnd >= dayjs().format('YYYY-MM-DD')
}

/** A customer's devices; click a row to correct it, or add another. */
export function CustomerDevices({ customerId, devices }: { customerId: string; devices: Device[] }) {
  const { t } = useTranslation('customers')
  const format = useFormat()
  const [opened, setOpened] = useState(false)
  // The device being corrected; null when adding one. Kept while the modal closes, so it does not flicker.
  const [editing, setEditing] = useState<Device | null>(null)
  const open = (device: Device | null) => {
    setEditing(device)
    setOpened(true)
  }
  const close = () => setOpened(false)

  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{t('detail.devices', { count: devices.length })}</Text>
        <Button variant="light" size="xs" onClick={() => open(null)} data-testid="add-device">
          {t('device.add')}
        </Button>
      </Group>
      {devices.length === 0 ? (
        <Text c="dimmed" size="sm" py="sm">
          {t('detail.noDevices')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table highlightOnHover verticalSpacing="xs" data-testid="device-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('common:device.category')}</Table.Th>
                <Table.Th>{t('common:device.brand')}</Table.Th>
                <Table.Th>{t('common:device.model')}</Table.Th>
                <Table.Th>{t('common:device.serial')}</Table.Th>
                <Table.Th>{t('common:device.purchaseDate')}</Table.Th>
                <Table.Th>{t('common:device.warrantyEnd')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {devices.map((device) => (
                <Table.Tr
                  key={device.id}
                  tabIndex={0}
                  style={{ cursor: 'pointer' }}
                  title={t('device.editHint')}
                  data-testid="device-row"
                  data-device-id={device.id}
                  onClick={() => open(device)}
                  onKeyDown={(event) => event.key === 'Enter' && open(device)}
                >
                  <Table.Td>{t(`common:category.${device.category}`)}</Table.Td>
                  <Table.Td>{device.brand}</Table.Td>
                  <Table.Td>{device.model || '—'}</Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {device.serial || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>{format.date(device.purchaseDate)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm">{format.date(device.warrantyEnd)}</Text>
                      {isUnderWarranty(device.warrantyEnd) && (
                        <Badge color="green" variant="light" size="sm" data-testid="under-warranty">
                          {t('common:device.underWarranty')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={opened}
        onClose={close}
        title={editing ? t('device.editTitle') : t('device.addTitle')}
        size="lg"
      >
        <DeviceForm
          key={editing?.id ?? 'new'}
          customerId={customerId}
          device={editing ?? undefined}
          onSaved={close}
          onCancel={close}
        />
      </Modal>
    </Card>
  )
}
