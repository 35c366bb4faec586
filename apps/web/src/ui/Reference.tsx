/** A convention's reference (« VLG-TIZNIT-2023 »): a code kept left to right and on one line in Arabic too. */
export function Reference({ code }: { code: string }) {
  return (
    <bdi dir="ltr" className="reference">
      {code}
    </bdi>
  );
}
