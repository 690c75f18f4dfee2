/** The document kinds vanban knows, by id. Adding a kind: a file beside this one and a template. */
import type { DocumentKind } from './documentKind.js';
import { thongBaoKetLuan } from './thongBaoKetLuan.js';
import { thongBao } from './thongBao.js';
import { giayMoi } from './giayMoi.js';
import { congVan } from './congVan.js';
import { baoCao, keHoach } from './keHoachBaoCao.js';
import { quyetDinh } from './quyetDinh.js';
import { vanBanKhac } from './vanBanKhac.js';
import { bienBan } from './bienBan.js';

export const KINDS: ReadonlyArray<DocumentKind<never>> = [
  thongBaoKetLuan as unknown as DocumentKind<never>,
  thongBao as unknown as DocumentKind<never>,
  giayMoi as unknown as DocumentKind<never>,
  congVan as unknown as DocumentKind<never>,
  keHoach as unknown as DocumentKind<never>,
  baoCao as unknown as DocumentKind<never>,
  quyetDinh as unknown as DocumentKind<never>,
  bienBan as unknown as DocumentKind<never>,
  vanBanKhac as unknown as DocumentKind<never>,
];

export function findKind(id: string): DocumentKind | undefined {
  return KINDS.find((k) => k.id === id) as DocumentKind | undefined;
}
