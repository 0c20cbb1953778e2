// Fonts able to print Chinese travel with the labels, as with the receipt: a shop's computer and
// printer cannot be trusted to have one.
import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
import '@fontsource/noto-sans-tc/400.css'
import '@fontsource/noto-sans-tc/700.css'
import type { Ref } from 'react'
import { sheetsOf, type LabelSize } from './labelSheet'
import { PartLabel, type LabelContent } from './PartLabel'
import classes from './labels.module.css'

const rollClass: Record<Exclude<LabelSize, 'a4'>, string | undefined> = {
  '40x30': classes.size40x30,
  '50x25': classes.size50x25,
  '60x40': classes.size60x40,
}

interface PartLabelsProps {
  /** One entry per label to print, copies included. */
  labels: LabelContent[]
  size: LabelSize
  /** First free position on the first A4 sheet. */
  start: number
  ref?: Ref<HTMLDivElement>
}

/** The labels on their paper: one per page for a label printer, or A4 sheets of 3 × 8. */
export function PartLabels({ labels, size, start, ref }: PartLabelsProps) {
  if (size !== 'a4') {
    const className = rollClass[size] ?? ''
    return (
      <div ref={ref} className={classes.roll} data-testid="labels-roll">
        {labels.map((label, index) => (
          <PartLabel key={index} content={label} className={className} />
        ))}
      </div>
    )
  }
  return (
    <div ref={ref} className={classes.sheets} data-testid="labels-sheets">
      {sheetsOf(labels, start).map((cells, sheet) => (
        <div key={sheet} className={classes.sheet} data-testid="labels-sheet">
          {cells.map((label, index) => (
            <PartLabel key={index} content={label} className={classes.cell ?? ''} />
          ))}
        </div>
      ))}
    </div>
  )
}
