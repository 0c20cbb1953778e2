import fs from 'node:fs'
import { expect, type Locator, type Page } from '@playwright/test'

/** The parts list's import and export, as a store manager uses them. Selectors live here only. */
export class CatalogueFiles {
  constructor(readonly page: Page) {}

  async openParts(): Promise<void> {
    await this.page.goto('/#/stock')
    await expect(this.page.getByTestId('part-search')).toBeVisible()
  }

  /** Opens the import dialog and chooses a file made in the test; waits for the preview. */
  async chooseFile(name: string, content: Buffer): Promise<void> {
    const page = this.page
    await page.getByTestId('catalogue-files').click()
    await page.getByTestId('catalogue-import').click()
    await expect(page.getByTestId('import-choose')).toBeVisible()
    const chooser = page.waitForEvent('filechooser')
    await page.getByTestId('import-choose').click()
    await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: content })
    await expect(this.summary()).toBeVisible()
  }

  summary(): Locator {
    return this.page.getByTestId('import-summary')
  }

  previewRows(): Locator {
    return this.page.getByTestId('import-row')
  }

  commitButton(): Locator {
    return this.page.getByTestId('import-commit')
  }

  async commit(): Promise<void> {
    await this.commitButton().click()
    await expect(this.page.getByTestId('import-choose')).toBeHidden()
  }

  partRow(sku: string): Locator {
    return this.page.getByTestId('part-row').filter({ hasText: sku })
  }

  /** Exports the catalogue and answers the downloaded file's name and bytes. */
  async export(kind: 'csv' | 'xlsx'): Promise<{ name: string; bytes: Buffer }> {
    const download = this.page.waitForEvent('download')
    await this.page.getByTestId('catalogue-files').click()
    await this.page.getByTestId(`catalogue-export-${kind}`).click()
    const file = await download
    return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) }
  }
}
