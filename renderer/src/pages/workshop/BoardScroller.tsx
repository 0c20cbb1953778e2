import { Box, Button, Group } from '@mantine/core'
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import classes from './Workshop.module.css'

/** How many of the board's columns lie (partly) beyond its right edge. */
function columnsToTheRight(board: HTMLElement): number {
  const edge = board.getBoundingClientRect().right
  return [...board.children].filter((column) => column.getBoundingClientRect().right > edge + 1).length
}

/**
 * The board's columns side by side. Where they do not all fit (1366 px shows five of seven), a
 * shadow and a button at the right edge say how many columns lie further right, and go there.
 */
export function BoardScroller({ dimmed, children }: { dimmed: boolean; children: ReactNode }) {
  const { t } = useTranslation('workshop')
  const board = useRef<HTMLDivElement>(null)
  const [hidden, setHidden] = useState(0)
  const measure = useCallback(() => {
    if (board.current) setHidden(columnsToTheRight(board.current))
  }, [])
  useEffect(() => {
    const element = board.current
    if (!element) return
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [measure, children])
  return (
    <Box pos="relative">
      <Group
        ref={board}
        align="flex-start"
        wrap="nowrap"
        gap="sm"
        className={classes.board}
        opacity={dimmed ? 0.7 : 1}
        onScroll={measure}
        data-testid="workshop-board"
      >
        {children}
      </Group>
      {hidden > 0 && (
        <div className={classes.moreRight}>
          <Button
            size="xs"
            variant="filled"
            onClick={() =>
              board.current?.scrollBy({ left: board.current.clientWidth / 2, behavior: 'smooth' })
            }
            data-testid="board-scroll-hint"
          >
            {t('board.moreColumns', { count: hidden })}
          </Button>
        </div>
      )}
    </Box>
  )
}
