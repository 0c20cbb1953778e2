import { Group, Kbd, Modal, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { hotkeyItems } from './navigation'

/** keys:key.* names, or a key's own label (F1, ?) as `{ label }`. */
type Key = 'enter' | 'ctrl' | 'escape' | 'down' | 'up' | 'scanner' | { label: string }

interface Shortcut {
  /** Keys pressed together, or with `either`, one of them. */
  keys: Key[]
  either?: boolean
  /** keys:help.* */
  what: string
  /** Interpolation for `what` */
  values?: Record<string, string>
}

interface Section {
  /** keys:screen.* */
  screen: string
  shortcuts: Shortcut[]
}

const sections: Section[] = [
  {
    screen: 'screen.counter',
    shortcuts: [
      { keys: ['enter'], what: 'help.counterEnter' },
      { keys: ['escape'], what: 'help.clearSearch' },
    ],
  },
  {
    screen: 'screen.intake',
    shortcuts: [
      { keys: ['enter'], what: 'help.intakeEnter' },
      { keys: ['ctrl', 'enter'], what: 'help.intakeCtrlEnter' },
      { keys: ['enter'], what: 'help.serialEnter' },
    ],
  },
  {
    screen: 'screen.ticket',
    shortcuts: [
      { keys: ['enter'], what: 'help.pickupEnter' },
      { keys: ['ctrl', 'enter'], what: 'help.pickupConfirm' },
      { keys: ['ctrl', 'enter'], what: 'help.noteSave' },
    ],
  },
  {
    screen: 'screen.sale',
    shortcuts: [
      { keys: ['enter'], what: 'help.saleScan' },
      { keys: ['ctrl', 'enter'], what: 'help.saleIssue' },
    ],
  },
  {
    screen: 'screen.stock',
    shortcuts: [
      { keys: ['enter'], what: 'help.stockEnter' },
      { keys: ['down', 'up'], either: true, what: 'help.stockArrows' },
      { keys: ['escape'], what: 'help.clearSearch' },
      { keys: ['enter'], what: 'help.countScan' },
    ],
  },
  {
    screen: 'screen.forms',
    shortcuts: [{ keys: ['ctrl', 'enter'], what: 'help.formSave' }],
  },
  {
    screen: 'screen.print',
    shortcuts: [{ keys: ['escape'], what: 'help.printBack' }],
  },
]

function Keys({ keys, either = false }: { keys: Key[]; either?: boolean }) {
  const { t } = useTranslation('keys')
  return (
    <Group gap={4} wrap="nowrap">
      {keys.map((key, index) => (
        <Group key={index} gap={4} wrap="nowrap">
          {index > 0 && <Text size="xs">{either ? '/' : '+'}</Text>}
          <Kbd size="sm" style={{ whiteSpace: 'nowrap' }}>
            {typeof key === 'string' ? t(`key.${key}`) : key.label}
          </Kbd>
        </Group>
      ))}
    </Group>
  )
}

function ShortcutTable({ shortcuts }: { shortcuts: Shortcut[] }) {
  const { t } = useTranslation('keys')
  return (
    <Table verticalSpacing={4} withRowBorders={false}>
      <Table.Tbody>
        {shortcuts.map((shortcut, index) => (
          <Table.Tr key={`${shortcut.what}-${index}`}>
            <Table.Td w={112}>
              <Keys keys={shortcut.keys} either={shortcut.either} />
            </Table.Td>
            <Table.Td>
              <Text size="sm">{t(shortcut.what, shortcut.values)}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

/** Every key on every screen, opened with ? (outside a text box) or F12. */
export function ShortcutHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('keys')
  const everywhere: Shortcut[] = [
    ...hotkeyItems.map((item) => ({
      keys: [{ label: item.hotkey }],
      what: 'help.goTo',
      values: { screen: t(`common:${item.key}`) },
    })),
    { keys: [{ label: '?' }, { label: 'F12' }], either: true, what: 'help.help' },
    { keys: ['escape'], what: 'help.closeDialog' },
    { keys: ['scanner'], what: 'help.scanTicket' },
    { keys: ['scanner'], what: 'help.scanOther' },
  ]
  return (
    <Modal opened={opened} onClose={onClose} title={t('help.title')} size="84rem">
      <Stack gap="md" data-testid="shortcut-help">
        <SimpleGrid cols={3} spacing="lg">
          <Stack gap={4}>
            <Title order={3} size="h5">
              {t('screen.everywhere')}
            </Title>
            <ShortcutTable shortcuts={everywhere} />
          </Stack>
          {[sections.slice(0, 3), sections.slice(3)].map((column, index) => (
            <Stack key={index} gap="sm">
              {column.map((section) => (
                <Stack key={section.screen} gap={4}>
                  <Title order={3} size="h5">
                    {t(section.screen)}
                  </Title>
                  <ShortcutTable shortcuts={section.shortcuts} />
                </Stack>
              ))}
            </Stack>
          ))}
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {t('help.unsaved')}
        </Text>
      </Stack>
    </Modal>
  )
}
