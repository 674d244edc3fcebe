package com.backofficecare.safeguard.policy.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.buildsupport.SharedFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** RFC 6962 Merkle tree hashes against the shared vectors, and every proof for small trees. */
@Tag("POL-9.1")
class MerkleTreeTest {

  private static final HexFormat HEX = HexFormat.of();

  private static List<byte[]> leaves(int n) {
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(MerkleTree.leafHash(new byte[] {(byte) i, (byte) (i >> 8)}));
    }
    return out;
  }

  @Test
  void rootsMatchTheRfc6962Vectors() throws Exception {
    JsonNode v =
        new ObjectMapper()
            .readTree(SharedFixtures.require("testvectors/rfc6962-merkle.json").toFile());
    List<byte[]> leaves = new ArrayList<>();
    v.get("leavesHex").forEach(l -> leaves.add(MerkleTree.leafHash(HEX.parseHex(l.asText()))));
    JsonNode roots = v.get("rootHashHexByTreeSize");
    for (int size = 0; size < roots.size(); size++) {
      assertThat(HEX.formatHex(MerkleTree.root(leaves, size)))
          .as("size " + size)
          .isEqualTo(roots.get(size).asText());
      MerkleTree.Frontier f = new MerkleTree.Frontier();
      for (int i = 0; i < size; i++) {
        f.append(leaves.get(i));
      }
      assertThat(HEX.formatHex(f.root()))
          .as("frontier size " + size)
          .isEqualTo(roots.get(size).asText());
    }
  }

  @Test
  void everyInclusionProofVerifiesAndATamperedOneDoesNot() {
    List<byte[]> leaves = leaves(33);
    for (int size = 1; size <= 33; size++) {
      byte[] root = MerkleTree.root(leaves, size);
      for (int i = 0; i < size; i++) {
        List<byte[]> proof = MerkleTree.inclusionProof(leaves, i, size);
        assertThat(MerkleTree.verifyInclusion(leaves.get(i), i, size, proof, root)).isTrue();
        assertThat(MerkleTree.verifyInclusion(leaves.get((i + 1) % size), i, size, proof, root))
            .isEqualTo(size == 1);
        if (!proof.isEmpty()) {
          List<byte[]> bad = new ArrayList<>(proof);
          byte[] first = bad.get(0).clone();
          first[0] ^= 1;
          bad.set(0, first);
          assertThat(MerkleTree.verifyInclusion(leaves.get(i), i, size, bad, root)).isFalse();
        }
      }
    }
  }

  @Test
  void everyConsistencyProofVerifiesAndAWrongRootDoesNot() {
    List<byte[]> leaves = leaves(33);
    for (int n = 1; n <= 33; n++) {
      byte[] newRoot = MerkleTree.root(leaves, n);
      for (int m = 1; m <= n; m++) {
        byte[] oldRoot = MerkleTree.root(leaves, m);
        List<byte[]> proof = MerkleTree.consistencyProof(leaves, m, n);
        assertThat(MerkleTree.verifyConsistency(m, n, oldRoot, newRoot, proof))
            .as(m + "->" + n)
            .isTrue();
        if (m < n) {
          byte[] wrong = oldRoot.clone();
          wrong[5] ^= 1;
          assertThat(MerkleTree.verifyConsistency(m, n, wrong, newRoot, proof)).isFalse();
        }
      }
    }
  }
}
