import { describe, expect, it } from "vitest";
import { applicationReference, normaliseApplicationReference } from "./application-reference.js";

describe("application reference codes", () => {
  it("spells 60 bits of the random bytes in Crockford base 32", () => {
    // 0x0123456789ABCDEF: the low 60 bits are 0x123456789ABCDEF.
    const bytes = Uint8Array.from([0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef]);
    const expected = 0x123456789abcdefn.toString(32).toUpperCase().padStart(12, "0");
    // Crockford's alphabet differs from JavaScript's base 32 after "H": map digit by digit.
    const js = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
    const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const spelled = [...expected].map((c) => crockford[js.indexOf(c)]).join("");
    expect(applicationReference(bytes)).toBe(`AP-${spelled.slice(0, 4)}-${spelled.slice(4, 8)}-${spelled.slice(8)}`);
    expect(applicationReference(new Uint8Array(8))).toBe("AP-0000-0000-0000");
    expect(applicationReference(new Uint8Array(8).fill(255))).toBe("AP-ZZZZ-ZZZZ-ZZZZ");
    expect(() => applicationReference(new Uint8Array(7))).toThrow();
  });

  it("reads a code as typed: case, spaces, dashes, look-alike letters, optional prefix", () => {
    expect(normaliseApplicationReference("ap-7k3m-q9xd-2hwb")).toBe("AP-7K3M-Q9XD-2HWB");
    expect(normaliseApplicationReference(" 7K3M Q9XD 2HWB ")).toBe("AP-7K3M-Q9XD-2HWB");
    expect(normaliseApplicationReference("AP-OOIL-0000-0000")).toBe("AP-0011-0000-0000");
    expect(normaliseApplicationReference("AP-7K3M-Q9XD")).toBeNull();
    expect(normaliseApplicationReference("AP-7K3M-Q9XD-2HWU")).toBeNull();
    expect(normaliseApplicationReference("PB-7K3M-Q9XD")).toBeNull();
    expect(normaliseApplicationReference("")).toBeNull();
  });
});
