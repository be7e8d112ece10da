## The ASN core values BerAKHLAK (SE MenPANRB 20/2021; domain.md §1): name, definition, behaviour indicators

berakhlak-berorientasi-pelayanan = Service-Oriented
berakhlak-berorientasi-pelayanan-definition = Commitment to excellent service for the public's satisfaction
berakhlak-berorientasi-pelayanan-1 = Understands and fulfils the public's needs
berakhlak-berorientasi-pelayanan-2 = Friendly, quick, solution-oriented and dependable
berakhlak-berorientasi-pelayanan-3 = Improves continuously

berakhlak-akuntabel = Accountable
berakhlak-akuntabel-definition = Responsible for the trust given
berakhlak-akuntabel-1 = Works honestly, responsibly, carefully, with discipline and high integrity
berakhlak-akuntabel-2 = Uses state assets responsibly, effectively and efficiently
berakhlak-akuntabel-3 = Does not abuse the authority of office

berakhlak-kompeten = Competent
berakhlak-kompeten-definition = Keeps learning and building capability
berakhlak-kompeten-1 = Upgrades own competence to meet ever-changing challenges
berakhlak-kompeten-2 = Helps others learn
berakhlak-kompeten-3 = Delivers work at the best quality

berakhlak-harmonis = Harmonious
berakhlak-harmonis-definition = Mutual care and respect for differences
berakhlak-harmonis-1 = Respects everyone regardless of background
berakhlak-harmonis-2 = Likes to help others
berakhlak-harmonis-3 = Builds a conducive work environment

berakhlak-loyal = Loyal
berakhlak-loyal-definition = Dedicated, putting the nation and the state first
berakhlak-loyal-1 = Upholds Pancasila and the 1945 Constitution, loyal to the unitary state and the lawful government
berakhlak-loyal-2 = Protects the good name of fellow ASN, leaders, the agency and the state
berakhlak-loyal-3 = Keeps official and state secrets

berakhlak-adaptif = Adaptive
berakhlak-adaptif-definition = Keeps innovating, enthusiastic in driving or facing change
berakhlak-adaptif-1 = Adapts quickly to change
berakhlak-adaptif-2 = Keeps innovating and developing creativity
berakhlak-adaptif-3 = Acts proactively

berakhlak-kolaboratif = Collaborative
berakhlak-kolaboratif-definition = Builds synergistic cooperation
berakhlak-kolaboratif-1 = Gives various parties the chance to contribute
berakhlak-kolaboratif-2 = Open to cooperation that adds value
berakhlak-kolaboratif-3 = Mobilises various resources for shared goals

## Scales: how often (peers, subordinates, self) and against expectation (the appraiser)

berakhlak-frequency-1 = Never
berakhlak-frequency-2 = Rarely
berakhlak-frequency-3 = Sometimes
berakhlak-frequency-4 = Often
berakhlak-frequency-5 = Always
berakhlak-frequency-none = Cannot judge
berakhlak-expectation-below = Below expectations
berakhlak-expectation-meets = Meets expectations
berakhlak-expectation-above = Above expectations
